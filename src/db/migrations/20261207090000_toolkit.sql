-- Toolkit (issue 14, ADR 0041): guides, codes of conduct, step plans and trainings for office
-- holders and civil servants. National items (organisation_id null) are kept by the platform;
-- an organisation adds its own and can hide national ones for its people. Items are published
-- content, not personal data, so they are stored in the clear; sign-ups name only a person id.

create table toolkit_item (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid references organisation (id) on delete cascade,
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  kind text not null check (kind in ('guide', 'code_of_conduct', 'step_plan', 'training')),
  title text not null,
  summary text not null,
  body text not null,
  source text not null,
  published_on date not null,
  audiences text[] not null,
  themes text[] not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index toolkit_item_organisation_idx on toolkit_item (organisation_id);

-- National items an organisation chose not to show to its people.
create table toolkit_hidden (
  organisation_id uuid not null references organisation (id) on delete cascade,
  item_id uuid not null references toolkit_item (id) on delete cascade,
  primary key (organisation_id, item_id)
);

-- Sessions of a training: a date, a place or an online link, and a capacity.
create table training_session (
  id uuid primary key default gen_random_uuid(),
  item_id uuid not null references toolkit_item (id) on delete cascade,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  place text,
  online_url text,
  capacity integer not null check (capacity > 0),
  created_at timestamptz not null default now(),
  check (ends_at > starts_at),
  check (place is not null or online_url is not null)
);
create index training_session_item_idx on training_session (item_id, starts_at);

-- Who signed up for a session: confirmed while there is room, otherwise on the waiting list.
create table training_signup (
  id uuid primary key default gen_random_uuid(),
  session_id uuid not null references training_session (id) on delete cascade,
  organisation_id uuid not null references organisation (id) on delete cascade,
  person_id uuid not null references person (id) on delete cascade,
  status text not null check (status in ('confirmed', 'waiting')),
  created_at timestamptz not null default now(),
  unique (session_id, person_id)
);
create index training_signup_org_idx on training_signup (organisation_id, person_id);
