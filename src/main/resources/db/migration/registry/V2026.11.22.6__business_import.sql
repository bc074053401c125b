-- Import jobs: one row a file, updated after every batch, so the page can show progress and a
-- restart can say how far an interrupted job got.
create table business_import (
    id             uuid         primary key,
    created_by     varchar(50)  not null,
    scope          varchar(13)  not null,
    file_name      varchar(200) not null,
    file_format    varchar(4)   not null check (file_format in ('XLSX', 'CSV')),
    dry_run        boolean      not null,
    status         varchar(8)   not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total_rows     integer      not null default 0,
    processed_rows integer      not null default 0,
    imported       integer      not null default 0,
    rejected       integer      not null default 0,
    duplicates     integer      not null default 0,
    flagged        integer      not null default 0,
    failure_key    varchar(80),
    failure_args   varchar(200),
    created_at     timestamptz  not null,
    finished_at    timestamptz
);

create index business_import_scope_idx on business_import (scope varchar_pattern_ops, created_at desc);

create table business_import_problem (
    id          bigint generated always as identity primary key,
    import_id   uuid         not null references business_import (id),
    row_number  integer      not null,
    column_name varchar(40)  not null,
    code        varchar(40)  not null,
    message_key varchar(80)  not null,
    args        varchar(300)[] not null default '{}'
);

create index business_import_problem_idx on business_import_problem (import_id, row_number, id);

-- Imported businesses carry "import:<job>:<row>", which tells which staged rows were inserted.
create index business_source_ref_idx on business (source_ref) where source_ref is not null;
