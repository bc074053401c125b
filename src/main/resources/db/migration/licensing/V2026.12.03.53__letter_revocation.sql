-- A recommendation letter stops checking as valid once its request is refused or withdrawn.
alter table licensing_letter add column revoked_on date;
