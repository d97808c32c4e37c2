-- Scheduled jobs run once per slot across replicas: every replica fires the schedule, the one that inserts the
-- (job, slot) row runs it, the others skip.
create table schedule_claim (
    job         varchar(40)  not null,
    slot        varchar(40)  not null,
    claimed_at  timestamptz  not null,
    primary key (job, slot)
);
