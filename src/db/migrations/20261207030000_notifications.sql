-- Notifications (ADR 0035): one row per person and event, read in the app and mailed now, in
-- the daily digest or not at all, as the person (or else the organisation) chose. A row holds
-- the event's kind, object, time and urgency only: never content, never an address.
create table notification_digest (
  organisation_id uuid not null references organisation (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  -- The Europe/Amsterdam day the digest is for: one digest per person, organisation and day.
  digest_on date not null,
  created_at timestamptz not null default now(),
  primary key (organisation_id, id),
  unique (organisation_id, person_id, digest_on)
);

create table notification (
  organisation_id uuid not null references organisation (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  -- Null for the organisation's shared team address (urgent incident reports).
  person_id uuid references person (id) on delete cascade,
  event_type text not null,
  object_type text not null,
  object_id text not null,
  urgent boolean not null default false,
  occurred_at timestamptz not null,
  created_at timestamptz not null default now(),
  delivery text not null check (delivery in ('now', 'digest', 'app')),
  read_at timestamptz,
  mailed_at timestamptz,
  digest_id uuid,
  primary key (organisation_id, id),
  foreign key (organisation_id, digest_id) references notification_digest (organisation_id, id)
);
create index notification_person_idx on notification (person_id, organisation_id, created_at desc);
create index notification_digest_due_idx on notification (organisation_id, person_id)
  where delivery = 'digest' and digest_id is null;

-- A person's own choice per event type (absent: the organisation's default).
create table notification_preference (
  organisation_id uuid not null references organisation (id) on delete cascade,
  person_id uuid not null references person (id) on delete cascade,
  event_type text not null,
  delivery text not null check (delivery in ('now', 'digest', 'app')),
  updated_at timestamptz not null default now(),
  primary key (organisation_id, person_id, event_type)
);

-- The organisation admin's settings: default delivery per event type, and a shared team
-- address (encrypted) that also gets every urgent incident report.
create table notification_setting (
  organisation_id uuid primary key references organisation (id) on delete cascade,
  defaults jsonb not null default '{}'::jsonb,
  team_address_enc text,
  updated_at timestamptz not null default now()
);
