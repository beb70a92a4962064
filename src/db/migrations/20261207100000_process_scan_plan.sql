-- Scan of vulnerable processes: the improvement plan of one submitted scan
-- (a questionnaire response). The plan row marks that the plan was drawn up
-- (weak spots and open items of the previous plan copied in once); each item
-- names its process, an owner (a member, or a role written as text), a due
-- date and a status. Title and owner role are encrypted as one document.

create table scan_process_plan (
  organisation_id uuid not null,
  response_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (organisation_id, response_id),
  foreign key (organisation_id, response_id)
    references questionnaire_response (organisation_id, id) on delete cascade
);

create table scan_process_plan_item (
  id uuid primary key,
  seq bigserial not null,
  organisation_id uuid not null,
  response_id uuid not null,
  process_id text not null,
  item_enc text not null,
  owner_person_id uuid,
  due_date date,
  status text not null default 'open' check (status in ('open', 'in_progress', 'done')),
  carried_from uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (organisation_id, response_id)
    references scan_process_plan (organisation_id, response_id) on delete cascade
);

create index scan_process_plan_item_response on scan_process_plan_item (organisation_id, response_id);
