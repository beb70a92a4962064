-- Insight (issue 13): how many office holders and employees an organisation has, entered
-- by its administrator: the denominator of "registered reports per 100" and of the live
-- under-registration estimate. Counts only.
create table insight_headcount (
  organisation_id uuid primary key references organisation (id) on delete cascade,
  office_holders integer not null check (office_holders between 0 and 100000),
  employees integer not null check (employees between 0 and 1000000),
  updated_at timestamptz not null default now()
);
