-- Self-scans: tracking a candidate alderman/deputy from the integrity risk
-- analysis to appointment. The analysis itself is a questionnaire response
-- (respondent 'commissioned'); this row adds the office, the stage and the
-- dates (VOG requested/received, discussion, decision) with notes, the latter
-- encrypted as one document with the organisation's integrity key.

create table scan_risk_analysis (
  organisation_id uuid not null,
  response_id uuid not null,
  office text not null check (office in ('wethouder', 'gedeputeerde')),
  stage text not null default 'commissioned' check (stage in (
    'commissioned', 'discussed', 'advice_given', 'appointed', 'not_appointed', 'withdrawn'
  )),
  tracking_enc text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (organisation_id, response_id),
  foreign key (organisation_id, response_id)
    references questionnaire_response (organisation_id, id) on delete cascade
);
