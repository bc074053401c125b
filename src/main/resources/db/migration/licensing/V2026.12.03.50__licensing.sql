-- Licensing facilitation (issue 11): programmes with a yearly quota, requests moving through their
-- kind's pipeline, the stages completed, and the subjects an open request holds (one open request
-- per kind and product, business or mark).

create table licensing_programme (
    id            bigserial    primary key,
    name          text         not null check (length(name) between 1 and 200),
    kind          text         not null check (kind in ('NIB', 'PIRT', 'HALAL', 'TRADEMARK')),
    year          smallint     not null check (year between 2000 and 2100),
    quota         integer      not null check (quota between 0 and 1000000),
    region_scope  text         not null,
    places_taken  integer      not null default 0 check (places_taken between 0 and quota),
    demo          boolean      not null default false,
    created_at    timestamptz  not null default now()
);

create table licensing_request (
    id              bigserial    primary key,
    kind            text         not null check (kind in ('NIB', 'PIRT', 'HALAL', 'TRADEMARK')),
    business_id     bigint       not null,
    village_code    text         not null,
    status          text         not null
        check (status in ('IN_PROGRESS', 'RETURNED', 'ISSUED', 'REFUSED', 'WITHDRAWN')),
    stage           text         not null,
    product_ids     bigint[]     not null default '{}',
    nice_classes    integer[]    not null default '{}',
    mark_name       text,
    goods_services  text,
    programme_id    bigint       references licensing_programme (id),
    programme_place text         check (programme_place in ('PLACED', 'WAITING')),
    place_order     bigint,
    reason          text,
    number          text,
    issued_on       date,
    expires_on      date,
    filed_on        date,
    applied_on      date         not null,
    renewal_of      bigint       references licensing_request (id),
    assigned_to     bigint,
    created_by      bigint       not null,
    demo            boolean      not null default false,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0
);

-- the order in which requests beyond a programme's quota wait for a place
create sequence licensing_place_order;

create index licensing_request_village on licensing_request (village_code text_pattern_ops);
create index licensing_request_business on licensing_request (business_id);
create index licensing_request_expiry on licensing_request (expires_on) where status = 'ISSUED';
create index licensing_request_waiting on licensing_request (programme_id, place_order)
    where programme_place = 'WAITING';

create table licensing_stage (
    request_id    bigint       not null references licensing_request (id) on delete cascade,
    position      integer      not null,
    stage         text         not null,
    completed_on  date         not null,
    note          text,
    result        text         check (result in ('PASS', 'FAIL')),
    reference     text,
    companion     text,
    number        text,
    completed_by  bigint       not null,
    primary key (request_id, position)
);

-- What an open request holds: 'product:5', 'business:42' or 'mark:42:koko nono', per kind. The
-- primary key refuses a second open request for the same subject, even under a rush.
create table licensing_open_subject (
    kind        text    not null,
    subject     text    not null,
    request_id  bigint  not null references licensing_request (id) on delete cascade,
    primary key (kind, subject)
);

-- One reminder per issued permit and lead time ('P6M', 'P1M'), sent through the outbox.
create table licensing_reminder (
    request_id  bigint       not null references licensing_request (id) on delete cascade,
    lead        text         not null,
    sent_at     timestamptz  not null,
    primary key (request_id, lead)
);

-- Recommendation letters for trademark filing (the reduced UMK fee): one per request, numbered
-- per year from the dinas's pattern; the code opens the public check page /surat/{code}.
create table licensing_letter (
    code            text         primary key,
    request_id      bigint       not null unique references licensing_request (id),
    number          text         not null unique,
    year            smallint     not null,
    seq             integer      not null,
    issued_on       date         not null,
    signer_name     text         not null,
    signer_position text         not null,
    business_name   text         not null,
    village_code    text         not null,
    mark_name       text         not null,
    nice_classes    integer[]    not null,
    goods_services  text         not null,
    unique (year, seq)
);

create table licensing_letter_counter (
    year  smallint  primary key,
    last  integer   not null
);
