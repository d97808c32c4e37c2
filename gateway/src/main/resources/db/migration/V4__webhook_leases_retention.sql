-- Issue 12/13: at most one delivery in flight per webhook, fenced leases, fair claiming, retention.
-- The lease lives on the webhook: a claim takes it with a fresh token, the outcome is recorded only while that token
-- still holds it, and it outlives the attempt's absolute deadline, so an expired lease never lets a second replica
-- send while the first one is still sending.
alter table webhook add column lease_token uuid;
alter table webhook add column leased_until timestamptz;

-- when a delivery stopped being PENDING (delivered or given up): what retention prunes by
alter table webhook_delivery add column finished_at timestamptz;
update webhook_delivery set finished_at = coalesce(delivered_at, next_attempt_at, created_at) where status <> 'PENDING';
create index webhook_delivery_finished on webhook_delivery (finished_at) where status <> 'PENDING';

-- the first due delivery of one webhook (claims probe one webhook at a time)
create index webhook_delivery_due_per_webhook on webhook_delivery (webhook_id, next_attempt_at, seq)
    where status = 'PENDING';
