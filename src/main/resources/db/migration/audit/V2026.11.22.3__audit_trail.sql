-- The audit trail is append-only: the database itself refuses to change or remove a line.
create table audit_entry (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(100) not null,
    action         varchar(30)  not null,
    entity_type    varchar(60)  not null,
    entity_id      varchar(100) not null,
    region_code    varchar(13),
    before_values  jsonb,
    after_values   jsonb,
    client_address varchar(64)
);

create index audit_entry_time_idx on audit_entry (occurred_at desc, id desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at desc);
create index audit_entry_region_idx on audit_entry (region_code varchar_pattern_ops, occurred_at desc);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_entry_no_update_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
