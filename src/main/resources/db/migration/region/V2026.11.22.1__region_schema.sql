-- The Kemendagri hierarchy. The level follows from the code's length, so it cannot disagree.
create extension if not exists pg_trgm;

create table region (
    code        varchar(13)  primary key,
    parent_code varchar(8)   references region (code),
    name        varchar(120) not null,
    level       varchar(10)  generated always as (
        case length(code)
            when 2 then 'PROVINCE'
            when 5 then 'REGENCY'
            when 8 then 'DISTRICT'
            else 'VILLAGE'
        end) stored,
    constraint region_code_format check (code ~ '^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$')
);

create index region_parent_idx on region (parent_code, code);
create index region_name_trgm_idx on region using gin (lower(name) gin_trgm_ops);
