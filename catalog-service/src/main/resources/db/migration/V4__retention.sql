-- Retention (RetentionService): the rows of processed work are deleted in batches after a configurable age, oldest
-- first; these indexes let each batch find them without reading the whole table.
create index consumed_event_consumed_at_idx on consumed_event (consumed_at);
create index sync_run_finished_at_idx on sync_run (finished_at) where finished_at is not null;
-- the outbox module prunes published rows (outbox.*): by publication time
create index outbox_event_published_at_idx on outbox_event (published_at) where published_at is not null;
