-- The product as the catalog described it when the coupon was requested (name, brand, consumer price, our cost),
-- and the product cache fed by catalog-events (and by the catalog's REST API on a miss).
alter table coupon add column product_name   varchar(200);
alter table coupon add column brand_name     varchar(100);
alter table coupon add column consumer_price bigint;
alter table coupon add column cost_price     bigint;

create table product_cache (
    product_id     varchar(80)  primary key,
    provider       varchar(16)  not null,
    name           varchar(200),
    brand_name     varchar(100),
    consumer_price bigint       not null,
    cost_price     bigint       not null,
    status         varchar(16)  not null,
    -- the time of the catalog event (or of the REST read) this row reflects: an older event never overwrites it
    as_of          timestamptz  not null,
    updated_at     timestamptz  not null
);
