-- The merged catalog: one row per provider product, filled by the nightly sync.

create table brand (
    id           varchar(80)  primary key,          -- provider:brandCode
    provider     varchar(16)  not null,
    brand_code   varchar(50)  not null,
    name         varchar(100) not null,
    category     varchar(200),
    image_url    varchar(500),
    updated_at   timestamptz  not null
);

create table product (
    id                 varchar(80)  primary key,    -- provider:goodsCode, e.g. giftishow:G00000280811
    provider           varchar(16)  not null,
    goods_code         varchar(40)  not null,
    name               varchar(200) not null,
    brand_id           varchar(80)  references brand (id),
    brand_name         varchar(100),
    category           varchar(200),
    consumer_price     bigint       not null,       -- won, what the recipient sees
    cost_price         bigint       not null,       -- won, what we pay the provider
    status             varchar(16)  not null,       -- ON_SALE, SUSPENDED, DISCONTINUED
    valid_days         integer,
    valid_until        date,
    image_url          varchar(500),
    raw                text,                        -- the provider's record as received, for audit
    updated_at         timestamptz  not null,
    constraint product_provider_goods_uk unique (provider, goods_code)
);
create index product_status_idx on product (status);
create index product_brand_idx on product (brand_id);
