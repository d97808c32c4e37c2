-- Fast keyword search, and popularity from issued coupons.

-- Search. Korean terms are often 1-2 syllables (커피, 치킨, 빵): pg_trgm (V2) makes no trigram of them, so such a
-- search read every row. Instead each word of search_text (V2: name, brand, keywords) is cut into its 1- and
-- 2-character pieces, GIN-indexed; a term of 2+ characters needs all of its 2-character pieces, a 1-character term
-- its one piece, and `search_text like '%term%'` checks the order (ProductRepository).

-- the pieces of a product's text: every character and every 2 adjacent characters of each word
create function catalog_grams(t text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct g), '{}')
    from (select substr(w, i, n) as g
          from regexp_split_to_table(t, '\s+') as w,
               generate_series(1, 2) as n,
               generate_series(1, length(w) - n + 1) as i) pieces
    where g <> ''
$$;

-- the pieces a search term must find: its 2-character pieces, or the character itself for a 1-character term
create function catalog_query_grams(t text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct g), '{}')
    from (select case when length(w) = 1 then w else substr(w, i, 2) end as g
          from regexp_split_to_table(t, '\s+') as w,
               generate_series(1, greatest(length(w) - 1, 1)) as i) pieces
    where g <> ''
$$;

-- an expression index, not a stored column: the pieces (~400 bytes a row) stay out of the rows that searches read
create index product_search_grams_idx on product using gin (catalog_grams(search_text));
-- served by the index above now; one GIN index less to maintain on every sync write
drop index product_search_trgm_idx;

-- Sorting: indexes in the order of each sort with its tie-breaker (id), so a page can be read in order.
create index product_name_id_idx on product (name, id);
drop index product_name_idx;
create index product_price_id_idx on product (consumer_price, id);
drop index product_price_idx;

-- Narrow rows: V2's toast_tuple_target never applied (PostgreSQL toasts only rows over ~2 kB; most rows stayed just
-- below, raw record inline), so a search read ~1.8 kB a row. The raw record moves to its own table.
-- (ProductRawEntity, written with the product by ProductWriter)
create table product_raw (
    product_id   varchar(80)  primary key references product (id),
    raw          text
);
insert into product_raw (product_id, raw) select id, raw from product;
alter table product drop column raw;
-- many short searches at once: a parallel plan only adds processes (and this table is small enough for one)
alter table product set (parallel_workers = 0);

-- Popularity. V2's "popularity" was the position in Giftishow's listing: kept as listing_rank (tie-breaker).
alter table product rename column popularity to listing_rank;
-- coupons issued for the product (coupon.issued events); copied from product_popularity, never written by a sync
alter table product add column popularity bigint not null default 0;
create index product_popularity_idx on product (popularity desc, listing_rank asc nulls last, id);

-- the counts themselves, also for products the catalog does not have (yet)
create table product_popularity (
    product_id   varchar(80)  primary key,
    issued       bigint       not null,
    updated_at   timestamptz  not null
);

-- coupon events already counted: a redelivered event counts once
create table consumed_event (
    event_id     varchar(64)  primary key,
    consumed_at  timestamptz  not null
);

-- a product added after its coupons were issued starts with their count
create function product_popularity_on_insert() returns trigger
    language plpgsql
as $$
begin
    new.popularity := coalesce((select issued from product_popularity where product_id = new.id), 0);
    return new;
end
$$;
create trigger product_popularity_on_insert before insert on product
    for each row execute function product_popularity_on_insert();

-- rewrite the rows without the dropped raw record, in name order (the default sort)
cluster product using product_name_id_idx;
analyze product;
