-- Webhooks of API clients and their deliveries (issue #7). The secret is kept because every delivery is signed
-- with it; it is never returned by the API.

create table webhook (
    id           uuid          primary key,
    client_id    varchar(64)   not null,
    url          varchar(2000) not null,
    event_types  varchar(1000) not null,             -- space-separated, e.g. 'coupon.issued coupon.cancelled'
    secret       varchar(200)  not null,
    created_at   timestamptz   not null default now()
);
create index webhook_client on webhook (client_id);

-- One row per (webhook, event): the consumer inserts it, the poller sends it until it is DELIVERED or FAILED.
create table webhook_delivery (
    id              uuid          primary key,
    seq             bigserial     not null,          -- arrival order: per coupon and webhook, lower goes first
    webhook_id      uuid          not null references webhook (id) on delete cascade,
    event_id        varchar(64)   not null,
    event_type      varchar(100)  not null,
    coupon_id       varchar(100)  not null,          -- the event's subject (Kafka key)
    payload         text          not null,          -- the envelope exactly as it is sent and signed
    status          varchar(16)   not null,          -- PENDING, DELIVERED, FAILED (given up)
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    pending_since   timestamptz   not null,          -- start of the give-up window (creation or redelivery)
    last_status     int,
    last_error      varchar(500),
    delivered_at    timestamptz,
    created_at      timestamptz   not null default now(),
    unique (webhook_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_order on webhook_delivery (webhook_id, coupon_id, seq) where status = 'PENDING';

create table webhook_attempt (
    id           bigserial     primary key,
    delivery_id  uuid          not null references webhook_delivery (id) on delete cascade,
    attempted_at timestamptz   not null default now(),
    status_code  int,                                -- null when no HTTP answer came
    error        varchar(500),
    duration_ms  int           not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id);
