-- Giftishow status sweep: the provider's tr_id of each coupon (0201 looks coupons up by it), when the sweep last
-- asked, and what the provider said. Discrepancy resolution notes.

alter table ledger_coupon add column provider_transaction_id varchar(64);
alter table ledger_coupon add column last_checked_at timestamptz;
alter table ledger_coupon add column provider_status varchar(8);
-- the sweep walks outstanding coupons of a provider, never-checked first, then the longest unchecked
create index ledger_coupon_sweep_idx on ledger_coupon (provider, last_checked_at nulls first, issued_at)
    where status = 'ISSUED';

alter table discrepancy add column resolution_note varchar(500);
