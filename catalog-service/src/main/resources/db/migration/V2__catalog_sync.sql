-- Sync runs, the outbox of catalog events, and keyword search.

-- trusted extension (PostgreSQL 13+): the database owner may create it without superuser
create extension if not exists pg_trgm;

alter table product add column search_keywords varchar(1000);
alter table product add column popularity integer;           -- rank in the provider's listing, 1 = first
alter table product add column search_text text generated always as
    (lower(name || ' ' || coalesce(brand_name, '') || ' ' || coalesce(search_keywords, ''))) stored;
-- keep rows narrow: the raw provider record (~2 kB) goes to TOAST, so scans for search and counts stay fast
alter table product set (toast_tuple_target = 256);
create index product_search_trgm_idx on product using gin (search_text gin_trgm_ops);
create index product_provider_status_idx on product (provider, status);
create index product_price_idx on product (consumer_price);
create index product_name_idx on product (name);

create table sync_run (
    id              uuid         primary key,
    trigger         varchar(16)  not null,           -- MANUAL, SCHEDULED
    requested       varchar(16),                     -- one provider, or null for all
    status          varchar(16)  not null,           -- RUNNING, SUCCEEDED, PARTIAL, FAILED
    schedule_key    varchar(64)  unique,             -- one scheduled run per fire time across replicas
    started_at      timestamptz  not null,
    heartbeat_at    timestamptz  not null,
    finished_at     timestamptz
);
-- at most one running sync, whatever the number of replicas
create unique index sync_run_one_running_uk on sync_run ((true)) where status = 'RUNNING';
create index sync_run_started_idx on sync_run (started_at desc);

create table sync_provider (
    run_id          uuid         not null references sync_run (id),
    provider        varchar(16)  not null,
    status          varchar(16)  not null,           -- PENDING, RUNNING, SUCCEEDED, FAILED, UNSUPPORTED
    pages           integer      not null default 0,
    products        integer      not null default 0,
    added           integer      not null default 0,
    changed         integer      not null default 0,
    discontinued    integer      not null default 0,
    suspended       integer      not null default 0,
    rows_written    integer      not null default 0,
    errors          text,                            -- one error per line
    started_at      timestamptz,
    finished_at     timestamptz,
    primary key (run_id, provider)
);

create table outbox_event (
    id            bigserial primary key,
    event_id      uuid         not null unique,
    topic         varchar(64)  not null,
    event_key     varchar(80)  not null,
    event_type    varchar(64)  not null,
    payload       text         not null,
    created_at    timestamptz  not null,
    published_at  timestamptz
);
-- ids drawn 50 at a time (Hibernate pooled optimizer) so that a page's events are inserted in JDBC batches
alter sequence outbox_event_id_seq increment by 50;
create index outbox_event_pending_idx on outbox_event (id) where published_at is null;
