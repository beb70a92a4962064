-- The audit chain becomes keyed (HMAC-SHA256 under an audit key wrapped by the master key),
-- so someone who can write to the database can no longer recompute it (ADR 0019).

-- The audit key lives with the data keys (owner: the nil UUID), so `keys rewrap` carries it.
alter table organisation_key drop constraint organisation_key_purpose_check;
alter table organisation_key add constraint organisation_key_purpose_check
  check (purpose in ('data', 'integrity', 'audit'));

-- Chains sealed before this migration carry plain SHA-256 links. The first sealer run verifies
-- them, re-seals them under the key and deletes this row, in one transaction. Only while the row
-- exists may a sealed event's links (prev_hash, hash) be rewritten, and nothing else of it.
-- A database without chains has nothing to re-key and gets no row, so a freshly migrated
-- database holds no rows at all (restore relies on that to call it empty).
create table audit_rekey_pending (
  id boolean primary key default true check (id)
);
insert into audit_rekey_pending select true where exists (select 1 from audit_chain);

create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE'
     and (new.id, new.organisation_id, new.at, new.actor_type, new.actor_id, new.action,
          new.object_type, new.object_id, new.result, new.origin)
         is not distinct from
         (old.id, old.organisation_id, old.at, old.actor_type, old.actor_id, old.action,
          old.object_type, old.object_id, old.result, old.origin) then
    -- Sealing an unsealed event, once.
    if old.hash is null and new.hash is not null then
      return new;
    end if;
    -- The one-off re-keying of a chain sealed before the audit key existed.
    if old.hash is not null and new.hash is not null and new.seq = old.seq
       and exists (select 1 from audit_rekey_pending) then
      return new;
    end if;
  end if;
  raise exception 'audit_event is append-only';
end;
$$;

-- Where an organisation wants its audit checkpoints mailed (e.g. its privacy officer), so a
-- copy of each chain head lives outside the database and outside the server.
create table audit_checkpoint_recipient (
  organisation_id uuid primary key references organisation (id) on delete cascade,
  email text not null check (email = lower(email)),
  updated_at timestamptz not null default now()
);
