-- Export reference data: the HS 2022 nomenclature (loaded at start from the CSV shipped in
-- export/hs2022, see its README) with the 8-digit BTKI 2022 national lines an admin adds, and the
-- certificate-of-origin rule per destination country (Permendag 24/2018 and amendments).
create table hs_section (
  section varchar(5) primary key,
  name varchar(300) not null
);

create table hs_code (
  code varchar(8) primary key check (code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{8})$'),
  level smallint not null check (level in (2, 4, 6, 8)),
  parent varchar(6) references hs_code (code),
  description_en varchar(600),
  description_id varchar(600),
  section varchar(5) not null
);

create index hs_code_parent on hs_code (parent);

-- What was loaded from the shipped list: a changed file is loaded again, an unchanged one is not.
create table hs_code_load (
  id smallint primary key check (id = 1),
  checksum varchar(64) not null,
  entries integer not null,
  loaded_at timestamptz not null
);

create table origin_rule (
  country_code varchar(2) primary key check (country_code ~ '^[A-Z]{2}$'),
  form varchar(60) not null,
  agreement varchar(120),
  source varchar(300) not null,
  updated_at timestamptz not null,
  updated_by varchar(100) not null
);

insert into origin_rule (country_code, form, agreement, source, updated_at, updated_by)
select c.code, c.form, c.agreement, 'Permendag 24/2018 dan perubahannya', current_timestamp, 'system'
from (values
  ('BN', 'D', 'ATIGA'), ('KH', 'D', 'ATIGA'), ('LA', 'D', 'ATIGA'), ('MY', 'D', 'ATIGA'),
  ('MM', 'D', 'ATIGA'), ('PH', 'D', 'ATIGA'), ('SG', 'D', 'ATIGA'), ('TH', 'D', 'ATIGA'),
  ('VN', 'D', 'ATIGA'),
  ('CN', 'E', 'ACFTA'),
  ('KR', 'AK', 'AKFTA'),
  ('IN', 'AI', 'AIFTA'),
  ('JP', 'IJEPA', 'IJEPA / AJCEP'),
  ('AU', 'IA-CEPA', 'AANZFTA / IA-CEPA'),
  ('NZ', 'AANZ', 'AANZFTA')
) as c (code, form, agreement);
