-- The catalogue: products of registered businesses, their photos, and buyers' inquiries.
create table product (
  id bigserial primary key,
  business_id bigint not null,
  business_name varchar(160) not null,
  village_code varchar(13) not null,
  district_code varchar(8) not null,
  regency_code varchar(5) not null,
  name varchar(160) not null,
  description_html text,
  description_text text,
  category varchar(24) not null,
  price_min numeric(18, 2) not null check (price_min >= 0),
  price_max numeric(18, 2) check (price_max >= price_min),
  unit varchar(40) not null,
  min_order integer not null default 1 check (min_order >= 1),
  availability varchar(12) not null check (availability in ('AVAILABLE', 'PRE_ORDER', 'OUT_OF_STOCK')),
  marketplace_links varchar(300)[] not null default '{}',
  badges varchar(12)[] not null default '{}',
  status varchar(10) not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'HIDDEN')),
  whatsapp varchar(20),
  demo boolean not null default false,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version bigint not null default 0
);

create index product_business on product (business_id);
create index product_village on product (village_code varchar_pattern_ops);

create table product_photo (
  id bigserial primary key,
  product_id bigint not null references product (id),
  width integer not null,
  height integer not null,
  bytes integer not null,
  position smallint not null,
  created_at timestamptz not null
);

create index product_photo_product on product_photo (product_id, position);

create table inquiry (
  id bigserial primary key,
  product_id bigint references product (id),
  business_id bigint not null,
  village_code varchar(13) not null,
  buyer_name varchar(120) not null,
  organisation varchar(200),
  country varchar(2) not null,
  contact_cipher text not null,
  contact_masked varchar(80) not null,
  quantity varchar(80),
  message varchar(2000) not null,
  status varchar(10) not null default 'NEW' check (status in ('NEW', 'ANSWERED', 'DEAL', 'CLOSED')),
  deal_value numeric(18, 2) check (deal_value >= 0),
  deal_currency varchar(3),
  token varchar(16) not null unique,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check ((status = 'DEAL') = (deal_value is not null))
);

create index inquiry_business on inquiry (business_id);
create index inquiry_village on inquiry (village_code varchar_pattern_ops);
