-- The official KBLI list (code and title per version), loaded by a deployment-wide admin from the
-- file BPS publishes. While a version has no list, codes of that version are checked against the
-- structure of the classification only (see KbliReference and decision 0009).
create table kbli_reference (
  version smallint not null check (version in (2020, 2025)),
  code varchar(5) not null check (code ~ '^[0-9]{5}$'),
  title varchar(400) not null,
  primary key (version, code)
);

create table kbli_list_load (
  version smallint primary key check (version in (2020, 2025)),
  entries integer not null,
  file_name varchar(200) not null,
  loaded_by varchar(100) not null,
  loaded_at timestamptz not null
);
