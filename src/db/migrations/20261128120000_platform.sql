-- Platform foundation: organisations, people, roles, sessions, login, keys, audit, jobs.
-- Every table holding organisation data leads its primary key with organisation_id,
-- so the data can be sharded by organisation later.

create table organisation (
  id uuid primary key default gen_random_uuid(),
  type text not null check (type in ('gemeente', 'provincie', 'waterschap', 'rijk')),
  code text not null unique,
  name text not null,
  theme jsonb not null default '{}'::jsonb,
  settings jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);

create table person (
  id uuid primary key default gen_random_uuid(),
  email text not null unique check (email = lower(email)),
  display_name text not null,
  locale text not null default 'nl' check (locale in ('nl', 'en')),
  password_hash text,
  totp_secret_enc text,
  totp_enabled boolean not null default false,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  is_platform_admin boolean not null default false,
  created_at timestamptz not null default now()
);

create table membership (
  organisation_id uuid not null references organisation (id) on delete cascade,
  person_id uuid not null references person (id) on delete cascade,
  role text not null check (role in (
    'reporter', 'handler', 'integrity_officer', 'confidential_counsellor', 'clerk',
    'org_admin', 'researcher', 'national_analyst'
  )),
  created_at timestamptz not null default now(),
  primary key (organisation_id, person_id, role)
);
create index membership_person_idx on membership (person_id);

create table session (
  id_hash text primary key,
  person_id uuid not null references person (id) on delete cascade,
  csrf_token text not null,
  auth_method text not null check (auth_method in ('local', 'oidc')),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index session_person_idx on session (person_id);

-- Pending second factor after a correct password.
create table login_challenge (
  id_hash text primary key,
  person_id uuid not null references person (id) on delete cascade,
  attempts integer not null default 0,
  expires_at timestamptz not null
);

create table api_token (
  organisation_id uuid not null references organisation (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  name text not null,
  role text not null,
  token_hash text not null unique,
  created_by uuid references person (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz,
  primary key (organisation_id, id)
);

create table oidc_config (
  organisation_id uuid primary key references organisation (id) on delete cascade,
  issuer text not null,
  client_id text not null,
  client_secret_enc text,
  scopes text not null default 'openid email profile',
  enabled boolean not null default true,
  -- Role given to a person who logs in through this IdP for the first time.
  default_role text not null default 'reporter'
);

create table oidc_identity (
  issuer text not null,
  subject text not null,
  person_id uuid not null references person (id) on delete cascade,
  primary key (issuer, subject)
);

create table oidc_login_state (
  state text primary key,
  organisation_id uuid not null references organisation (id) on delete cascade,
  code_verifier text not null,
  nonce text not null,
  return_to text not null default '/',
  expires_at timestamptz not null
);

-- Per-organisation data keys, wrapped by the master key. Several versions live
-- side by side so rotation needs no downtime: new writes use the newest.
-- The nil UUID owns platform secrets (TOTP seeds), hence no foreign key.
create table organisation_key (
  organisation_id uuid not null,
  purpose text not null check (purpose in ('data', 'integrity')),
  version integer not null,
  wrapped_key text not null,
  master_key_id text not null,
  created_at timestamptz not null default now(),
  primary key (organisation_id, purpose, version)
);

-- Append-only, hash-chained audit trail; one chain per organisation
-- (the nil UUID is the platform's own chain).
create table audit_chain (
  organisation_id uuid primary key,
  last_seq bigint not null,
  last_hash text not null
);

create table audit_event (
  organisation_id uuid not null,
  seq bigint not null,
  at timestamptz not null,
  actor_type text not null,
  actor_id text,
  action text not null,
  object_type text not null,
  object_id text,
  result text not null,
  origin text,
  prev_hash text not null,
  hash text not null,
  primary key (organisation_id, seq)
);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
  for each row execute function audit_event_append_only();

-- Background jobs, claimed with FOR UPDATE SKIP LOCKED so several app
-- instances can share one database.
create table job (
  id bigserial primary key,
  queue text not null,
  payload jsonb not null default '{}'::jsonb,
  singleton_key text,
  run_at timestamptz not null default now(),
  attempts integer not null default 0,
  max_attempts integer not null default 5,
  locked_by text,
  locked_until timestamptz,
  done_at timestamptz,
  failed_at timestamptz,
  last_error text,
  created_at timestamptz not null default now()
);
create index job_due_idx on job (run_at) where done_at is null and failed_at is null;
create unique index job_singleton_idx on job (queue, singleton_key)
  where singleton_key is not null and done_at is null and failed_at is null;

create table mail_log (
  id bigserial primary key,
  organisation_id uuid,
  template text not null,
  message_id text,
  sent_at timestamptz not null default now()
);
