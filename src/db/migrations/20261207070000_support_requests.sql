-- Support for office holders (issue 14, ADR 0039): a request for support from the national
-- support team (Ondersteuningsteam Weerbaar Bestuur), for legal support or for home security,
-- made by the person or by a handler with the person's recorded consent. The request lives in
-- the requesting organisation and is worked by the support team organisation; what the person
-- chose to share, the name of who consented and the team's notes are encrypted with the
-- support team's data key. The requester sees the status and its dates only.

create table support_request (
  id uuid primary key default gen_random_uuid(),
  number bigint generated always as identity unique,
  organisation_id uuid not null references organisation (id) on delete cascade,
  support_team_id uuid not null references organisation (id) on delete cascade,
  kind text not null check (kind in ('support_team', 'legal', 'home_security')),
  urgency text not null check (urgency in ('normal', 'urgent')),
  status text not null default 'new' check (status in (
    'new', 'accepted', 'contact_recorded', 'follow_up', 'assessment', 'measure', 'done', 'closed'
  )),
  status_on date not null,
  requested_by uuid references person (id) on delete set null,
  on_behalf boolean not null default false,
  consent_name_enc text,
  consent_given_on date,
  consent_method text check (consent_method in ('in_person', 'phone', 'email', 'in_writing')),
  contact_preference text not null check (contact_preference in ('phone', 'email', 'via_handler')),
  shared_enc text not null,
  incident_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (on_behalf = (consent_name_enc is not null)),
  check (on_behalf = (consent_given_on is not null)),
  check (on_behalf = (consent_method is not null)),
  foreign key (organisation_id, incident_id)
    references incident (organisation_id, id) on delete set null (incident_id)
);
create index support_request_team_idx on support_request (support_team_id, status);
create index support_request_requester_idx on support_request (organisation_id, requested_by);

-- Each step of the request (created, accepted, contact, follow-up, assessment, measure, done,
-- closed) with the date it happened and the team's note (encrypted).
create table support_request_event (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references support_request (id) on delete cascade,
  status text not null,
  occurred_on date not null,
  note_enc text,
  actor_id uuid references person (id) on delete set null,
  created_at timestamptz not null default now()
);
create index support_request_event_request_idx on support_request_event (request_id, created_at);
