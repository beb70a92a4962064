-- Organisation admin area (/beheer, ADR 0033).
-- When a person last signed in (shown to their organisations' admins).
alter table person add column last_sign_in_at timestamptz;

-- A deactivated membership: the roles stay (data and history kept), but the person
-- carries no rights in this organisation until an admin reactivates them.
create table membership_status (
  organisation_id uuid not null references organisation (id) on delete cascade,
  person_id uuid not null references person (id) on delete cascade,
  deactivated_at timestamptz not null default now(),
  primary key (organisation_id, person_id)
);

-- Contact details (encrypted: they may name a person) and logo of an organisation.
create table organisation_profile (
  organisation_id uuid primary key references organisation (id) on delete cascade,
  contact_enc text,
  logo_type text check (logo_type in ('image/png', 'image/svg+xml')),
  logo bytea,
  updated_at timestamptz not null default now()
);
