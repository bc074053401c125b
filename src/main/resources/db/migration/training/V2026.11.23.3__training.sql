-- Training and events: programmes, events, registrations with their places, attendance,
-- certificates and follow-up surveys.
create table training_programme (
  id bigserial primary key,
  name varchar(200) not null,
  region_scope varchar(13) not null,
  created_at timestamptz not null
);

create table training_event (
  id bigserial primary key,
  programme_id bigint references training_programme (id),
  title varchar(200) not null,
  type varchar(20) not null
    check (type in ('TRAINING', 'STUDY_TRIP', 'BUSINESS_MATCHING', 'EXHIBITION')),
  mode varchar(12) not null check (mode in ('FIRST_COME', 'SELECTION')),
  description text,
  starts_on date not null,
  ends_on date not null,
  sessions smallint not null default 1 check (sessions between 1 and 60),
  min_sessions smallint not null default 1,
  place varchar(300),
  online_link varchar(300),
  organiser varchar(200) not null,
  partners varchar(400),
  quota integer not null check (quota between 1 and 100000),
  registration_opens timestamptz not null,
  registration_closes timestamptz not null,
  region_scope varchar(13) not null,
  eligible_region varchar(13),
  eligible_sizes varchar(6)[] not null default '{}',
  eligible_kbli varchar(5)[] not null default '{}',
  audience varchar(20) not null default 'ANYONE'
    check (audience in ('ANYONE', 'REGISTERED_BUSINESS', 'NEW_ENTREPRENEUR')),
  questions jsonb not null default '[]',
  criteria jsonb not null default '{}',
  -- counters kept on the row so that one statement decides a place (see EventRegistrations)
  registered_count integer not null default 0,
  confirmed_count integer not null default 0,
  last_outcome varchar(12),
  selection_state varchar(10) not null default 'OPEN'
    check (selection_state in ('OPEN', 'RANKED', 'CONFIRMED')),
  created_by varchar(100) not null,
  created_at timestamptz not null,
  demo boolean not null default false,
  check (registration_closes > registration_opens),
  check (ends_on >= starts_on),
  check (min_sessions between 1 and sessions),
  check (confirmed_count <= quota)
);

create index training_event_scope on training_event (region_scope);

create table training_registration (
  id bigserial primary key,
  event_id bigint not null references training_event (id),
  arrival integer not null,
  status varchar(12) not null
    check (status in ('APPLIED', 'CONFIRMED', 'WAITLISTED', 'WITHDRAWN')),
  nik_cipher text not null,
  nik_hash varchar(64) not null,
  nik_masked varchar(16) not null,
  name varchar(120) not null,
  phone_cipher text,
  phone_masked varchar(20),
  village_code varchar(13) not null,
  account_id bigint,
  business_id bigint,
  size_class varchar(6),
  new_entrepreneur boolean not null,
  answers jsonb not null default '{}',
  score numeric(8, 2),
  adjustment numeric(8, 2) not null default 0,
  adjustment_reason varchar(300),
  rank integer,
  ticket varchar(16) not null unique,
  created_at timestamptz not null,
  withdrawn_at timestamptz,
  -- the status the person was last told about; the notifier tells them when it differs
  notified_status varchar(12),
  unique (event_id, nik_hash),
  unique (event_id, arrival)
);

create index training_registration_event on training_registration (event_id, status, rank);
create index training_registration_person on training_registration (nik_hash);
create index training_registration_untold on training_registration (id)
  where notified_status is distinct from status;

create table training_attendance (
  registration_id bigint not null references training_registration (id),
  session_no smallint not null,
  checked_in_at timestamptz not null,
  checked_in_by varchar(100) not null,
  primary key (registration_id, session_no)
);

create table training_certificate (
  code varchar(16) primary key,
  registration_id bigint not null unique references training_registration (id),
  issued_at timestamptz not null,
  issued_by varchar(100) not null,
  revoked_at timestamptz,
  revoked_reason varchar(300)
);

create table training_follow_up (
  registration_id bigint not null references training_registration (id),
  wave smallint not null check (wave in (3, 6)),
  started_business boolean not null,
  obtained_permit boolean not null,
  sells_online boolean not null,
  sales_change_pct numeric(7, 2),
  answered_at timestamptz not null,
  recorded_by varchar(100) not null,
  primary key (registration_id, wave)
);
