-- The Monitor: survey waves, sampling frames, anonymous invitations and responses,
-- microdata imports, indicators as data, and publications.
--
-- Anonymity by construction (see docs/adr/0009-monitor.md): monitor_response has no
-- column, foreign key or timestamp that leads to monitor_invitation or a person. A
-- survey answer waits in monitor_response_inbox (which names no invitation either)
-- until a batch of answers is moved, shuffled, into monitor_response; the invitation
-- itself only flips `used`.

create table monitor_wave (
  organisation_id uuid not null references organisation (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  year integer not null check (year between 1990 and 2100),
  population text not null check (population in ('office_holders', 'civil_servants')),
  title text not null,
  -- Key of the questionnaire version the survey uses (e.g. miv-2022); the questionnaire
  -- engine's published version id once that engine runs the survey.
  questionnaire_key text not null,
  questionnaire_version_id uuid,
  field_start date not null,
  field_end date not null,
  status text not null default 'draft'
    check (status in ('draft', 'fielding', 'closed', 'published')),
  -- Demo waves made by the generator; the UI and the report say "synthetisch".
  synthetic boolean not null default false,
  -- Cells with fewer respondents than this are suppressed.
  min_cell_size integer not null default 30 check (min_cell_size between 1 and 10000),
  created_at timestamptz not null default now(),
  primary key (organisation_id, id),
  unique (organisation_id, year, population),
  check (field_end >= field_start)
);

create table monitor_stratum (
  organisation_id uuid not null,
  wave_id uuid not null,
  id uuid not null default gen_random_uuid(),
  code text not null,
  layer text not null
    check (layer in ('municipality', 'province', 'water_board', 'central_government')),
  role text not null check (role in (
    'councillor', 'alderman', 'mayor', 'provincial_councillor', 'deputy',
    'kings_commissioner', 'water_board_member', 'civil_servant'
  )),
  size_class text not null,
  population_count integer not null check (population_count > 0),
  -- People approached outside Weerbaar (an imported survey), for its response rate;
  -- invitations sent by Weerbaar are counted from monitor_invitation instead.
  sample_size integer check (sample_size >= 0),
  primary key (organisation_id, id),
  unique (organisation_id, wave_id, code),
  foreign key (organisation_id, wave_id)
    references monitor_wave (organisation_id, id) on delete cascade
);

-- One invitee. The address and the token are encrypted and erased when the wave
-- closes; only the token's hash is searchable. Nothing here names a response.
create table monitor_invitation (
  organisation_id uuid not null,
  id uuid not null default gen_random_uuid(),
  wave_id uuid not null,
  stratum_id uuid not null,
  email_enc text,
  token_enc text,
  token_hash text not null unique,
  used boolean not null default false,
  sent_at timestamptz,
  reminders_sent integer not null default 0,
  last_mailed_at timestamptz,
  primary key (organisation_id, id),
  foreign key (organisation_id, wave_id)
    references monitor_wave (organisation_id, id) on delete cascade,
  foreign key (organisation_id, stratum_id)
    references monitor_stratum (organisation_id, id)
);
create index monitor_invitation_wave_idx on monitor_invitation (organisation_id, wave_id);

-- Submitted survey answers waiting for their batch. No invitation id, no time.
create table monitor_response_inbox (
  organisation_id uuid not null,
  id uuid not null default gen_random_uuid(),
  wave_id uuid not null,
  stratum_id uuid not null,
  gender text check (gender in ('man', 'vrouw', 'anders')),
  answers jsonb not null default '{}'::jsonb,
  open_text_enc text,
  primary key (organisation_id, id),
  foreign key (organisation_id, wave_id)
    references monitor_wave (organisation_id, id) on delete cascade,
  foreign key (organisation_id, stratum_id)
    references monitor_stratum (organisation_id, id)
);

create table monitor_import (
  organisation_id uuid not null,
  id uuid not null default gen_random_uuid(),
  wave_id uuid not null,
  format text not null check (format in ('csv', 'sav')),
  status text not null default 'queued'
    check (status in ('queued', 'running', 'done', 'failed')),
  phase text not null default 'queued',
  -- The uploaded file, encrypted; erased once the import has finished either way.
  file_enc bytea,
  mapping jsonb not null,
  processed_rows integer not null default 0,
  total_rows integer,
  imported_rows integer not null default 0,
  errors jsonb not null default '[]'::jsonb,
  notes jsonb not null default '[]'::jsonb,
  created_by text,
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  primary key (organisation_id, id),
  foreign key (organisation_id, wave_id)
    references monitor_wave (organisation_id, id) on delete cascade
);

-- One respondent: a random id, the stratum, a design weight (imports) and the answers.
-- `received_on` is the day its batch was stored, never a finer time.
create table monitor_response (
  organisation_id uuid not null,
  id uuid not null default gen_random_uuid(),
  wave_id uuid not null,
  stratum_id uuid not null,
  source text not null check (source in ('survey', 'import', 'synthetic')),
  import_id uuid,
  received_on date,
  weight double precision check (weight > 0),
  gender text check (gender in ('man', 'vrouw', 'anders')),
  answers jsonb not null default '{}'::jsonb,
  indicator_values jsonb not null default '{}'::jsonb,
  open_text_enc text,
  primary key (organisation_id, id),
  foreign key (organisation_id, wave_id)
    references monitor_wave (organisation_id, id) on delete cascade,
  foreign key (organisation_id, stratum_id)
    references monitor_stratum (organisation_id, id),
  foreign key (organisation_id, import_id)
    references monitor_import (organisation_id, id)
);
create index monitor_response_wave_idx on monitor_response (organisation_id, wave_id);

-- Indicators as data, defined per wave; equal comparability keys mean two waves
-- measured the same thing the same way.
create table monitor_indicator (
  organisation_id uuid not null,
  id uuid not null default gen_random_uuid(),
  wave_id uuid not null,
  key text not null check (key ~ '^[a-z][a-z0-9_]{0,62}$'),
  name text not null,
  description text not null default '',
  questions jsonb not null,
  condition jsonb not null,
  base_condition jsonb,
  base_label text not null,
  comparability_key text not null,
  comparability_note text,
  sort_order integer not null default 0,
  primary key (organisation_id, id),
  unique (organisation_id, wave_id, key),
  foreign key (organisation_id, wave_id)
    references monitor_wave (organisation_id, id) on delete cascade
);

-- A published report: a snapshot of the figures, rendered to HTML and PDF on request.
create table monitor_publication (
  organisation_id uuid not null,
  id uuid not null default gen_random_uuid(),
  wave_id uuid not null,
  title text not null,
  content jsonb not null,
  published_by text,
  published_at timestamptz not null default now(),
  primary key (organisation_id, id),
  unique (organisation_id, wave_id),
  foreign key (organisation_id, wave_id)
    references monitor_wave (organisation_id, id) on delete cascade
);
