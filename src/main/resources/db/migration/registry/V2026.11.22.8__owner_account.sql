-- An owner who registered themselves signs in with an OWNER account (access module, by id).
alter table owner add column account_id bigint unique;
alter table owner add column processing_consent_at timestamptz;
