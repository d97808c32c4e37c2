-- One resolver per provider account across replicas: the replica holding the lease cancels one coupon at a time
-- (giftishow-biz-api.txt §6: "한 건씩", waiting for each reply); a lease that is not renewed (the replica died)
-- is taken over once it ends. Nothing is claimed per coupon, so a database restart leaves no stuck claim.
create table reconciler_lease (
    account      varchar(64) primary key,
    holder       varchar(64) not null,
    lease_until  timestamptz not null
);

-- Resend and refresh=true are limited per coupon (issue 12 §8), across replicas: the last time each was done.
alter table coupon add column last_resend_at  timestamptz;
alter table coupon add column resend_count    integer not null default 0;
alter table coupon add column last_refresh_at timestamptz;

-- The UNKNOWN backlog (count, oldest) is read every few seconds for metrics and health.
create index coupon_unknown_idx on coupon (provider, updated_at) where status in ('UNKNOWN', 'CANCELLING');
