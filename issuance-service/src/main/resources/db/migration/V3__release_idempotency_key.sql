-- A failure that never reached the provider (connection refused, circuit open) is retryable with the same
-- Idempotency-Key: the FAILED coupon stays in the ledger with its key released, and the retry gets a new coupon.
alter table coupon add column idempotency_released boolean not null default false;
alter table coupon drop constraint coupon_idempotency_uk;
create unique index coupon_idempotency_uk on coupon (client_id, idempotency_key) where not idempotency_released;
