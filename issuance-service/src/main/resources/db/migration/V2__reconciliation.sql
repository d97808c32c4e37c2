-- Resolution of coupons whose provider outcome is unknown: a lease so that one replica works on a coupon at a
-- time, and the attempts made so far (for backoff and alerting).
alter table coupon add column reconcile_attempts integer not null default 0;
alter table coupon add column next_reconcile_at timestamptz;
create index coupon_reconcile_idx on coupon (next_reconcile_at) where status in ('ISSUING', 'UNKNOWN', 'CANCELLING');
