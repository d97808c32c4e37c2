-- Observed prepaid balances (bizmoney) per provider; reconciliation compares them with the expected ledger.

create table balance_snapshot (
    id              bigserial    primary key,
    provider        varchar(16)  not null,
    observed        bigint       not null,          -- won, as the provider reported
    expected        bigint,                         -- won, from the last snapshot plus our ledger since
    observed_at     timestamptz  not null
);
create index balance_snapshot_provider_idx on balance_snapshot (provider, observed_at desc);
