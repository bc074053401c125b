-- Business matching (Temu Usaha): UMKM and buyers register for a BUSINESS_MATCHING event, ask
-- each other for meetings, the organiser schedules them into time slots at tables, and outcomes
-- (MoU, contract value) are followed until realised or dropped.
create table matching_setup (
  event_id bigint primary key references training_event (id),
  day date not null,
  first_slot time not null,
  slot_minutes smallint not null check (slot_minutes between 5 and 240),
  slots smallint not null check (slots between 1 and 100),
  tables smallint not null check (tables between 1 and 500)
);

create table matching_participant (
  id bigserial primary key,
  event_id bigint not null references training_event (id),
  side varchar(5) not null check (side in ('UMKM', 'BUYER')),
  kind varchar(12) not null
    check (kind in ('UMKM', 'COMPANY', 'EXPORTER', 'RETAILER', 'BANK', 'OTHER')),
  name varchar(120) not null,
  organisation varchar(200) not null,
  country varchar(2) not null default 'ID',
  contact_cipher text not null,
  contact_hash varchar(64) not null,
  contact_masked varchar(80) not null,
  interests varchar(500),
  business_id bigint,
  token varchar(16) not null unique,
  created_at timestamptz not null,
  unique (event_id, contact_hash)
);

create table matching_meeting (
  id bigserial primary key,
  event_id bigint not null references training_event (id),
  requester_id bigint not null references matching_participant (id),
  invitee_id bigint not null references matching_participant (id),
  status varchar(10) not null default 'REQUESTED'
    check (status in ('REQUESTED', 'CONFIRMED', 'DECLINED')),
  slot_no smallint,
  table_no smallint,
  created_at timestamptz not null,
  -- one meeting per pair, whoever asked first
  pair_low bigint not null,
  pair_high bigint not null,
  unique (event_id, pair_low, pair_high),
  check (requester_id <> invitee_id),
  check ((status = 'CONFIRMED') = (slot_no is not null and table_no is not null))
);

-- no participant and no table is booked twice in one slot
create unique index matching_meeting_table_slot
  on matching_meeting (event_id, slot_no, table_no) where status = 'CONFIRMED';

create table matching_outcome (
  meeting_id bigint primary key references matching_meeting (id),
  kind varchar(10) not null check (kind in ('MOU', 'CONTRACT', 'NONE')),
  value numeric(18, 2) check (value >= 0),
  currency varchar(3),
  status varchar(10) not null check (status in ('FOLLOW_UP', 'REALISED', 'DROPPED')),
  note varchar(500),
  updated_at timestamptz not null,
  updated_by varchar(100) not null
);
