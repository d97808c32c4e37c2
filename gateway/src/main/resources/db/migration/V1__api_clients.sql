-- API clients of the gateway. Keys are never stored: only the SHA-256 of each key.

create table api_client (
    id           varchar(64)  primary key,
    key_sha256   char(64)     not null unique,
    scopes       varchar(500) not null,             -- space-separated, e.g. 'coupons:write coupons:read'
    created_at   timestamptz  not null default now(),
    revoked_at   timestamptz
);
