-- Batches: one request for many recipients. Each item is issued through the normal coupon path with the
-- idempotency key 'batch:<batch id>:<seq>', so a re-run after a restart can never issue a recipient twice.
create table coupon_batch (
    id                uuid primary key,
    client_id         varchar(64)  not null,
    idempotency_key   varchar(128) not null,
    request_hash      char(64)     not null,
    product_id        varchar(80)  not null,
    delivery          varchar(16)  not null,
    title             varchar(40)  not null,
    message           varchar(1000) not null,
    sender_phone      varchar(16)  not null,
    scheduled_at      timestamptz,
    total             integer      not null,
    created_at        timestamptz  not null,
    constraint coupon_batch_idempotency_uk unique (client_id, idempotency_key)
);

create table coupon_batch_item (
    batch_id                  uuid        not null references coupon_batch (id),
    seq                       integer     not null,
    recipient_phone_encrypted varchar(200) not null,
    recipient_phone_masked    varchar(16) not null,
    client_reference          varchar(100),
    coupon_id                 uuid,       -- set once the item's coupon exists
    error_code                varchar(40), -- set when the item could not become a coupon at all
    error_message             varchar(500),
    lease_until               timestamptz,
    primary key (batch_id, seq)
);
create index coupon_batch_item_pending_idx on coupon_batch_item (lease_until)
    where coupon_id is null and error_code is null;
