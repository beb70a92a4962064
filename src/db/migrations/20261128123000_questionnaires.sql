-- Questionnaire engine: instruments, immutable published versions, responses
-- (encrypted answers), who takes part in a response, and anonymous responses.
-- See docs/adr/0007-questionnaire-engine.md.
--
-- Definitions are owned by an organisation or by the platform (the nil UUID,
-- as the audit log uses it), so they carry no foreign key to organisation; a
-- response always belongs to one organisation and names the version it used
-- by (version_owner_id, version_id).

create table questionnaire (
  organisation_id uuid not null,
  id uuid not null default gen_random_uuid(),
  key text not null check (key ~ '^[a-z][a-z0-9-]{1,62}$'),
  created_at timestamptz not null default now(),
  primary key (organisation_id, id),
  unique (organisation_id, key)
);

create table questionnaire_version (
  organisation_id uuid not null,
  id uuid not null default gen_random_uuid(),
  questionnaire_id uuid not null,
  version integer not null check (version > 0),
  status text not null check (status in ('draft', 'published')),
  definition jsonb not null,
  -- sha256 of the canonical definition, to recognise an unchanged re-import.
  content_hash text not null,
  created_by text,
  created_at timestamptz not null default now(),
  published_at timestamptz,
  primary key (organisation_id, id),
  unique (organisation_id, questionnaire_id, version),
  foreign key (organisation_id, questionnaire_id)
    references questionnaire (organisation_id, id) on delete cascade
);
-- At most one draft beside the published versions.
create unique index questionnaire_version_one_draft
  on questionnaire_version (organisation_id, questionnaire_id) where status = 'draft';

-- A published version is immutable: responses and benchmarks rely on it.
create function questionnaire_version_immutable() returns trigger language plpgsql as $$
begin
  if old.status = 'published' then
    raise exception 'questionnaire_version % is published and cannot change', old.id;
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  return new;
end;
$$;
create trigger questionnaire_version_no_change before update or delete on questionnaire_version
  for each row execute function questionnaire_version_immutable();

create table questionnaire_response (
  organisation_id uuid not null references organisation (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  version_owner_id uuid not null,
  version_id uuid not null,
  questionnaire_key text not null,
  respondent text not null check (respondent in ('person', 'team', 'commissioned')),
  status text not null default 'in_progress' check (status in ('in_progress', 'submitted')),
  -- All answers as one encrypted JSON document (organisation key; the integrity
  -- key when the instrument says so). Free text and choices alike.
  answers_enc text,
  -- Where to resume: a section id of the definition (not personal data).
  current_section text,
  -- Result of a submitted response. Plain only for team instruments whose
  -- aggregates and benchmark need it; otherwise encrypted in result_enc.
  scores jsonb,
  result_enc text,
  total_score double precision,
  submitted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Erased by the retention job after this moment (from the instrument's privacy rules).
  erase_after timestamptz not null,
  primary key (organisation_id, id),
  foreign key (version_owner_id, version_id)
    references questionnaire_version (organisation_id, id)
);
create index questionnaire_response_version_idx
  on questionnaire_response (version_owner_id, version_id) where status = 'submitted';
create index questionnaire_response_erase_idx on questionnaire_response (erase_after);

-- Who takes part in a response, and as what. Access to a response is decided
-- from this table (and the instrument's privacy rules), never from a role alone.
create table questionnaire_participant (
  organisation_id uuid not null,
  response_id uuid not null,
  person_id uuid not null references person (id) on delete cascade,
  role text not null check (role in ('owner', 'member', 'subject', 'commissioner', 'designated_officer')),
  primary key (organisation_id, response_id, person_id),
  foreign key (organisation_id, response_id)
    references questionnaire_response (organisation_id, id) on delete cascade
);
create index questionnaire_participant_person_idx on questionnaire_participant (person_id);

-- Anonymous responses: survey answers (the Monitor) and opt-in anonymous copies
-- of personal scan scores. No person, no response id, no time finer than a day.
create table questionnaire_anonymous_response (
  organisation_id uuid not null references organisation (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  version_owner_id uuid not null,
  version_id uuid not null,
  source text not null check (source in ('survey', 'opt_in_scores')),
  received_on date not null,
  -- Structured answers (no free text); null for score-only copies.
  answers jsonb,
  -- Free text, encrypted; never in `answers`.
  open_text_enc text,
  -- Design variables the caller passes (e.g. a Monitor wave and stratum).
  attributes jsonb not null default '{}'::jsonb,
  scores jsonb,
  primary key (organisation_id, id),
  foreign key (version_owner_id, version_id)
    references questionnaire_version (organisation_id, id)
);
create index questionnaire_anonymous_version_idx
  on questionnaire_anonymous_response (organisation_id, version_owner_id, version_id);
