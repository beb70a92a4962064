-- Bibob: the organisation's policy (versions kept), its deadline settings, screening cases with
-- the applicant's questionnaire link, documents in sealed chunks (ADR 0018). Names, references,
-- answers, reasoning and files are encrypted; only kinds, states and the dates the jobs need are
-- plain. Visible to the organisation's bibob_officer role only (ADR 0040).

create table bibob_settings (
  organisation_id uuid primary key references organisation (id) on delete cascade,
  advice_weeks integer not null default 8 check (advice_weeks between 1 and 52),
  advice_extension_weeks integer not null default 4 check (advice_extension_weeks between 0 and 52),
  decision_weeks integer not null default 8 check (decision_weeks between 1 and 52),
  questionnaire_days integer not null default 14 check (questionnaire_days between 1 and 90),
  zienswijze_days integer not null default 14 check (zienswijze_days between 1 and 90),
  policy_renewal_years integer not null default 4 check (policy_renewal_years between 1 and 10),
  retention_months integer not null default 60 check (retention_months between 1 and 240),
  updated_at timestamptz not null default now()
);

create table bibob_policy_version (
  organisation_id uuid not null references organisation (id) on delete cascade,
  version integer not null check (version >= 1),
  title text not null,
  -- Which applications are screened and when: [{ key, area, label, when, threshold, note }].
  items jsonb not null,
  adopted_by text,
  adopted_on date,
  renewal_years integer not null check (renewal_years between 1 and 10),
  reminded_at timestamptz,
  created_by uuid,
  created_at timestamptz not null default now(),
  primary key (organisation_id, version)
);

create table bibob_case (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisation (id) on delete cascade,
  kind text not null check (kind in ('permit', 'subsidy', 'real_estate', 'tender')),
  status text not null default 'open' check (status in ('open', 'closed')),
  received_on date not null,
  reference_enc text not null,
  applicant_name_enc text not null,
  -- Encrypted JSON: subject, checklist, risk assessment, advice, intent, decision, notes.
  file_enc text not null,
  -- Encrypted JSON of the applicant's answers (null until submitted).
  answers_enc text,
  questionnaire_version_id uuid,
  questionnaire_sent_on date,
  questionnaire_submitted_on date,
  closed_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id)
);
create index bibob_case_org on bibob_case (organisation_id, status);

create table bibob_questionnaire_link (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  case_id uuid not null,
  token_hash text not null unique,
  expires_at timestamptz not null,
  used_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz not null default now(),
  foreign key (organisation_id, case_id) references bibob_case (organisation_id, id) on delete cascade
);

create table bibob_document (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  case_id uuid not null,
  file_name_enc text not null,
  media_type text not null,
  size_bytes integer not null,
  sha256 text not null,
  added_by uuid,
  created_at timestamptz not null default now(),
  unique (organisation_id, id),
  foreign key (organisation_id, case_id) references bibob_case (organisation_id, id) on delete cascade
);

create table bibob_document_chunk (
  like incident_attachment_chunk including constraints including indexes,
  foreign key (organisation_id, attachment_id) references bibob_document (organisation_id, id)
    on delete cascade
);
