-- A place is held only once the registration is confirmed from the phone number given (issue 9,
-- finding 6). A registration arrives PENDING with the place its arrival decided (pending_place:
-- a seat, the waitlist or an application) and a confirmation code sent through the outbox; it is
-- confirmed before confirm_by or released (EXPIRED) to the next in line. Several PENDING
-- registrations of one NIK may exist (answering a second registration as a new one reveals
-- nothing); only one of them can be confirmed. An officer who saw the KTP settles a dispute: the
-- earlier registration is CANCELLED and the person takes its arrival and place.
alter table training_registration drop constraint training_registration_status_check;
alter table training_registration add constraint training_registration_status_check
  check (status in ('PENDING', 'APPLIED', 'CONFIRMED', 'WAITLISTED', 'WITHDRAWN', 'EXPIRED',
    'REFUSED', 'CANCELLED'));
alter table training_registration add column pending_place varchar(12)
  check (pending_place in ('APPLIED', 'CONFIRMED', 'WAITLISTED'));
alter table training_registration add column phone_hash varchar(64);
-- the code is sent by the notifier (encrypted until then) and found by its keyed hash
alter table training_registration add column confirm_hash varchar(64);
alter table training_registration add column confirm_cipher text;
alter table training_registration add column confirm_by timestamptz;
alter table training_registration add column confirmed_at timestamptz;
-- a settled dispute: the registration that took this one's place, and the officer's note
alter table training_registration add column replaced_by bigint references training_registration (id);
alter table training_registration add column dispute_note varchar(300);
-- a pending registration has no ticket yet
alter table training_registration alter column ticket drop not null;
alter table training_registration add check ((status = 'PENDING') = (pending_place is not null));

alter table training_registration drop constraint training_registration_event_id_nik_hash_key;
alter table training_registration drop constraint training_registration_event_id_arrival_key;
-- one confirmed registration per NIK and event
create unique index training_registration_one_per_nik on training_registration (event_id, nik_hash)
  where status in ('APPLIED', 'CONFIRMED', 'WAITLISTED');
-- a cancelled registration hands its arrival number to the person who took its place
create unique index training_registration_arrival on training_registration (event_id, arrival)
  where status <> 'CANCELLED';
create index training_registration_event_nik on training_registration (event_id, nik_hash);
create unique index training_registration_confirm on training_registration (confirm_hash)
  where confirm_hash is not null;
create index training_registration_pending on training_registration (confirm_by)
  where status = 'PENDING';
