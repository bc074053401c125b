-- Sessions follow the account (decision 0013): a web session remembers the epoch it signed in
-- under; disabling, re-scoping, a role change or a new password moves the epoch on, and every
-- request of an older session is refused.
alter table account add column session_epoch bigint not null default 0;

-- Where the account's unlock link is sent: an e-mail address or an E.164 phone, encrypted (it is
-- personal data); the masked form is what lists show.
alter table account add column contact_cipher text;
alter table account add column contact_masked varchar(80);

-- Failed sign-ins per account and client address: failures from one address lock the account for
-- that address only; the account-wide count (account.failed_logins) locks at a higher threshold.
create table login_lock (
    account_id      bigint      not null references account (id),
    client_address  varchar(64) not null,
    failures        integer     not null default 0,
    locked_until    timestamptz,
    last_failure_at timestamptz not null,
    primary key (account_id, client_address)
);

-- Single-use unlock links, stored only as the SHA-256 of their random token.
create table unlock_link (
    id          bigint generated always as identity primary key,
    token_hash  char(64)    not null unique,
    account_id  bigint      not null references account (id),
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);

create index unlock_link_account_idx on unlock_link (account_id, issued_at desc);
