-- Imports of the Disperindag's yearly shipment spreadsheet: one row a file, updated as its rows are
-- recorded, so the page can show progress; every refused row's problems by row and column.
create table export_shipment_import (
    id             uuid         primary key,
    created_by     varchar(50)  not null,
    scope          varchar(13)  not null,
    file_name      varchar(200) not null,
    file_format    varchar(4)   not null check (file_format in ('XLSX', 'CSV')),
    dry_run        boolean      not null,
    status         varchar(8)   not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total_rows     integer      not null default 0,
    processed_rows integer      not null default 0,
    stored         integer      not null default 0,
    refused        integer      not null default 0,
    failure_key    varchar(80),
    failure_args   varchar(300),
    created_at     timestamptz  not null,
    finished_at    timestamptz
);

create index export_shipment_import_scope_idx
    on export_shipment_import (scope varchar_pattern_ops, created_at desc);

create table export_shipment_import_problem (
    id          bigint generated always as identity primary key,
    import_id   uuid           not null references export_shipment_import (id),
    row_number  integer        not null,
    column_name varchar(60)    not null,
    code        varchar(60)    not null,
    message_key varchar(80)    not null,
    args        varchar(300)[] not null default '{}'
);

create index export_shipment_import_problem_idx
    on export_shipment_import_problem (import_id, row_number, id);
