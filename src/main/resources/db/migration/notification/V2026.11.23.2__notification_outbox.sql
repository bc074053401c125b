-- Messages to people, written in the same transaction as the change they report and sent
-- afterwards by the dispatcher. The recipient (a phone number or an e-mail address) is personal
-- data: encrypted, with a masked copy for lists.
create table notification_outbox (
  id bigserial primary key,
  channel varchar(12) not null check (channel in ('EMAIL', 'WHATSAPP', 'SMS')),
  recipient_cipher text not null,
  recipient_masked varchar(80) not null,
  subject varchar(200) not null,
  body text not null,
  topic varchar(60) not null,
  related_id varchar(64),
  region_code varchar(13),
  status varchar(8) not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
  attempts smallint not null default 0,
  created_at timestamptz not null,
  sent_at timestamptz,
  last_error varchar(300)
);

create index notification_outbox_pending on notification_outbox (id) where status = 'PENDING';
create index notification_outbox_related on notification_outbox (topic, related_id);
