-- Expected-cost ledger fed by coupon-events, reconciliations, discrepancies, redemptions, POS transactions, outbox.

-- coupon-events already applied here (consumer deduplication by envelope id, same transaction as the ledger write)
create table processed_event (
    event_id      varchar(64)  primary key,
    event_type    varchar(64)  not null,
    processed_at  timestamptz  not null
);

-- one row per coupon: its cost and current state as settlement knows it
create table ledger_coupon (
    coupon_id     varchar(64)  primary key,
    provider      varchar(16)  not null,
    product_id    varchar(80),
    cost          bigint,                            -- won we pay the provider for this coupon
    pin_hash      varchar(64),                       -- HMAC-SHA256 of the PIN, hex, when issuance sends it
    status        varchar(16)  not null,             -- ISSUED, CANCELLED, REDEEMED, EXPIRED
    issued_at     timestamptz,
    cancelled_at  timestamptz,
    redeemed_at   timestamptz,
    expired_at    timestamptz
);
create index ledger_coupon_pin_idx on ledger_coupon (provider, pin_hash);

-- money movements: ISSUE debits (amount < 0), CANCEL credits (amount > 0)
create table ledger_entry (
    id            bigserial    primary key,
    event_id      varchar(64)  not null unique,
    coupon_id     varchar(64)  not null,
    provider      varchar(16)  not null,
    entry_type    varchar(16)  not null,
    amount        bigint       not null,
    occurred_at   timestamptz  not null,
    recorded_at   timestamptz  not null
);
create index ledger_entry_provider_idx on ledger_entry (provider, recorded_at);
create unique index ledger_entry_coupon_type_uq on ledger_entry (coupon_id, entry_type);

create table reconciliation (
    id            uuid         primary key,
    provider      varchar(16)  not null,
    business_date date,
    status        varchar(16)  not null,             -- PENDING, RECONCILED, DISCREPANCY, BASELINE, FAILED
    observed      bigint,
    expected      bigint,
    drift         bigint,
    error         varchar(500),
    requested_at  timestamptz  not null,
    completed_at  timestamptz
);

create table discrepancy (
    id            bigserial    primary key,
    provider      varchar(16)  not null,
    kind          varchar(32)  not null,             -- BALANCE_DRIFT, UNKNOWN_PIN, REDEEMED_AFTER_CANCEL
    reference     varchar(100) not null,             -- reconciliation id, pin hash, …
    amount        bigint,
    detail        varchar(500),
    status        varchar(16)  not null,             -- OPEN, RESOLVED
    opened_at     timestamptz  not null,
    resolved_at   timestamptz,
    unique (kind, reference)
);
create index discrepancy_status_idx on discrepancy (status, opened_at);

create table redemption (
    id            bigserial    primary key,
    provider      varchar(16)  not null,
    pin_hash      varchar(64)  not null,
    pin_last4     varchar(4),
    business_date date         not null,
    redeemed_at   timestamp,                         -- provider local time; null when only the day is known
    branch        varchar(200),
    coupon_id     varchar(64),                       -- null when the PIN matched no coupon
    imported_at   timestamptz  not null,
    unique (provider, pin_hash)
);

create table pos_transaction (
    transaction_id   varchar(36)  primary key,
    support_mode     varchar(16)  not null,
    points_redeemed  bigint       not null default 0,
    points_earned    bigint       not null default 0,
    coupon_discount  bigint       not null default 0,
    prepaid_amount   bigint       not null default 0,
    coupon_codes     varchar(500),
    status           varchar(16)  not null,          -- RECORDED, CONFIRMED, CANCELLED
    recorded_at      timestamptz  not null,
    confirmed_at     timestamptz,
    cancelled_at     timestamptz
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
create index outbox_event_pending_idx on outbox_event (id) where published_at is null;
