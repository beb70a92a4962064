-- Identity across organisations (ADR 0021).
-- 1. Adding an address to an organisation is an invitation the person accepts, never a silent link.
-- 2. An organisation's IdP only signs in addresses in domains the platform admin verified for it.
-- 3. A session remembers the organisation it is restricted to (OIDC) and whether a second factor
--    was used (platform administration needs one).

create table invitation (
  organisation_id uuid not null references organisation (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  -- sha256 of the lower-cased address, to match the person who accepts.
  email_hash text not null,
  -- The address and the suggested name, encrypted with the organisation's data key.
  email_enc text not null,
  display_name_enc text,
  roles jsonb not null,
  token_hash text not null unique,
  invited_by text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  accepted_by uuid references person (id) on delete set null,
  primary key (organisation_id, id)
);
create index invitation_email_idx on invitation (organisation_id, email_hash);

create table organisation_domain (
  organisation_id uuid not null references organisation (id) on delete cascade,
  domain text not null check (domain = lower(domain)),
  created_at timestamptz not null default now(),
  primary key (organisation_id, domain)
);

alter table session add column organisation_id uuid references organisation (id) on delete cascade;
alter table session add column second_factor boolean not null default false;
