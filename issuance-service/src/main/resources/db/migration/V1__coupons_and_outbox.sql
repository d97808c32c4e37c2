-- Coupons, their transitions, and the transactional outbox of coupon events.

create table coupon (
    id                       uuid primary key,
    client_id                varchar(64)  not null,
    idempotency_key          varchar(128) not null,
    request_hash             char(64)     not null,
    status                   varchar(16)  not null,
    provider                 varchar(16)  not null,
    product_id               varchar(80)  not null,
    provider_goods_code      varchar(40)  not null,
    delivery                 varchar(16)  not null,
    recipient_phone_masked   varchar(16)  not null,
    recipient_phone_encrypted varchar(200) not null,
    sender_phone             varchar(16)  not null,
    title                    varchar(40)  not null,
    message                  varchar(1000) not null,
    scheduled_at             timestamptz,
    client_reference         varchar(100),
    provider_transaction_id  varchar(40)  not null,
    provider_order_no        varchar(40),
    pin_encrypted            varchar(200),
    image_url                varchar(500),
    error_code               varchar(40),
    error_provider_code      varchar(40),
    error_message            varchar(500),
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    version                  bigint       not null default 0,
    -- one coupon per idempotency key and client, also under concurrent requests
    constraint coupon_idempotency_uk unique (client_id, idempotency_key),
    constraint coupon_provider_tx_uk unique (provider, provider_transaction_id)
);
create index coupon_client_created_idx on coupon (client_id, created_at desc);
create index coupon_status_idx on coupon (status) where status in ('ISSUING', 'UNKNOWN', 'CANCELLING');

create table coupon_transition (
    id           bigserial primary key,
    coupon_id    uuid        not null references coupon (id),
    from_status  varchar(16),
    to_status    varchar(16) not null,
    reason       varchar(500),
    at           timestamptz not null
);
create index coupon_transition_coupon_idx on coupon_transition (coupon_id, id);

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
