-- Toolkit, second part (issue 14, ADR 0046): the organisation's norm against aggression,
-- training sessions an organisation plans itself, attendance and the reminder a day before.

-- The organisation's norm ("melden hoort en helpt"): published text, shown on a public page
-- and linked from the report form. Public by intent, so stored in the clear like toolkit items.
create table toolkit_norm (
  organisation_id uuid primary key references organisation (id) on delete cascade,
  body text not null,
  published boolean not null default false,
  adopted_on date not null,
  updated_by uuid references person (id) on delete set null,
  updated_at timestamptz not null default now()
);

-- A session planned by one organisation (null: a national session open to every organisation).
alter table training_session
  add column organisation_id uuid references organisation (id) on delete cascade;
create index training_session_org_idx on training_session (organisation_id);

-- Attendance is recorded per sign-up by the organisation of the person; the reminder is sent once.
alter table training_signup
  add column attended_at timestamptz,
  add column attendance_recorded_by uuid references person (id) on delete set null,
  add column reminded_at timestamptz;
create index training_signup_remind_idx on training_signup (session_id) where reminded_at is null;
