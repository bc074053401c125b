-- Market access: partners (marketplaces, banks, retailers) and who is onboarded with them;
-- curation rounds with weighted criteria, scores, feedback and the outlets passed products sell in;
-- showrooms with consignment stock, sales, returns and what is owed; virtual expos with booths.
create table partner (
  id bigserial primary key,
  name varchar(160) not null unique,
  kind varchar(16) not null check (kind in ('MARKETPLACE', 'BANK', 'RETAILER', 'EXPO_ORGANISER', 'OTHER')),
  website varchar(300),
  created_at timestamptz not null
);

create table partner_onboarding (
  partner_id bigint not null references partner (id),
  business_id bigint not null,
  village_code varchar(13) not null,
  onboarded_on date not null,
  note varchar(300),
  primary key (partner_id, business_id)
);

create table curation_round (
  id bigserial primary key,
  title varchar(200) not null,
  partner_id bigint references partner (id),
  region_scope varchar(13) not null,
  criteria jsonb not null,
  pass_score numeric(6, 2) not null,
  status varchar(8) not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
  created_by varchar(100) not null,
  created_at timestamptz not null
);

create table curation_submission (
  id bigserial primary key,
  round_id bigint not null references curation_round (id),
  product_id bigint not null references product (id),
  business_id bigint not null,
  village_code varchar(13) not null,
  status varchar(9) not null default 'SUBMITTED' check (status in ('SUBMITTED', 'PASSED', 'FAILED')),
  scores jsonb,
  total_score numeric(6, 2),
  feedback varchar(1000),
  scored_by varchar(100),
  created_at timestamptz not null,
  unique (round_id, product_id)
);

create table curation_outlet (
  id bigserial primary key,
  submission_id bigint not null references curation_submission (id),
  outlet varchar(160) not null,
  city varchar(80),
  since date,
  unique (submission_id, outlet)
);

create table showroom (
  id bigserial primary key,
  name varchar(160) not null,
  place varchar(300) not null,
  region_scope varchar(13) not null,
  created_at timestamptz not null
);

create table consignment (
  id bigserial primary key,
  showroom_id bigint not null references showroom (id),
  product_id bigint not null references product (id),
  business_id bigint not null,
  village_code varchar(13) not null,
  quantity integer not null check (quantity > 0),
  unit_price numeric(18, 2) not null check (unit_price >= 0),
  placed_on date not null,
  created_by varchar(100) not null
);

create table consignment_movement (
  id bigserial primary key,
  consignment_id bigint not null references consignment (id),
  kind varchar(8) not null check (kind in ('SOLD', 'RETURNED', 'PAID')),
  quantity integer not null check (quantity >= 0),
  amount numeric(18, 2) not null check (amount >= 0),
  on_date date not null,
  recorded_by varchar(100) not null,
  recorded_at timestamptz not null
);

create table expo (
  id bigserial primary key,
  title varchar(200) not null,
  title_en varchar(200),
  description varchar(2000),
  description_en varchar(2000),
  starts_on date not null,
  ends_on date not null,
  region_scope varchar(13) not null,
  curation_round_id bigint references curation_round (id),
  created_at timestamptz not null,
  check (ends_on >= starts_on)
);

create table expo_booth (
  expo_id bigint not null references expo (id),
  business_id bigint not null,
  business_name varchar(160) not null,
  village_code varchar(13) not null,
  visits bigint not null default 0,
  primary key (expo_id, business_id)
);

alter table inquiry add column expo_id bigint references expo (id);
