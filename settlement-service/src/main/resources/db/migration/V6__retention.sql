-- Retention (RetentionService): the rows of processed work are deleted in batches after a configurable age, oldest
-- first; these indexes let each batch find them without reading the whole table.
create index processed_event_processed_at_idx on processed_event (processed_at);
create index schedule_claim_claimed_at_idx on schedule_claim (claimed_at);
create index reconciliation_requested_at_idx on reconciliation (requested_at);
create index balance_snapshot_observed_at_idx on balance_snapshot (observed_at);
-- the outbox module prunes published rows (outbox.*): by publication time
create index outbox_event_published_at_idx on outbox_event (published_at) where published_at is not null;
-- stuck reconciliations (a replica or the database went away mid-run) are found by status
create index reconciliation_pending_idx on reconciliation (requested_at) where status = 'PENDING';
