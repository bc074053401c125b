-- Similar names are looked for inside one village: one index probe per village, not per country.
create extension if not exists btree_gin;
create index business_village_name_trgm_idx on business using gin (village_code, name_key gin_trgm_ops);

-- Likely duplicates waiting for an officer: similar names in one village, or one phone behind
-- two owners. A pair is stored once, lower id first; a merge keeps the other record, inactive,
-- pointing at the one that stayed.
alter table business add column merged_into bigint references business (id);

create table duplicate_candidate (
    id          bigint generated always as identity primary key,
    business_a  bigint       not null references business (id),
    business_b  bigint       not null references business (id),
    reason      varchar(20)  not null check (reason in ('SIMILAR_NAME', 'SAME_PHONE')),
    similarity  real         not null,
    status      varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'MERGED', 'DISMISSED')),
    village_code varchar(13) not null,
    created_at  timestamptz  not null default now(),
    decided_by  varchar(50),
    decided_at  timestamptz,
    constraint duplicate_pair_order check (business_a < business_b),
    constraint duplicate_pair_unique unique (business_a, business_b)
);

create index duplicate_candidate_open_idx on duplicate_candidate (village_code varchar_pattern_ops) where status = 'OPEN';

create table duplicate_scan (
    id          uuid         primary key,
    scope       varchar(13)  not null,
    created_by  varchar(50)  not null,
    status      varchar(8)   not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    found       integer      not null default 0,
    created_at  timestamptz  not null,
    finished_at timestamptz
);
