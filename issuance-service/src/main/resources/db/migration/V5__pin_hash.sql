-- The keyed hash of the PIN (io.gifticon.events.PinHash, key PIN_HASH_KEY shared with settlement): published on
-- coupon.issued so that redemption logs can be matched without the PIN ever leaving this service.
alter table coupon add column pin_hash char(64);
create index coupon_pin_hash_idx on coupon (pin_hash) where pin_hash is not null;
