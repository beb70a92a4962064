-- Insight, national (issue 13, ADR 0036).
--
-- incident_statistics: the statistical rollup of the incident register, one row per
-- organisation x quarter x target group x kind ('*' = any kind), counting reports and
-- reports where the police were involved. Only statistical fields; no narrative, no
-- person. Rebuilt by a job from the incident table (the incidents module owns both).
create table incident_statistics (
  organisation_id uuid not null references organisation(id) on delete cascade,
  quarter date not null,
  target_group text not null
    check (target_group in ('office_holder', 'employee', 'relative', 'other')),
  kind text not null,
  incidents integer not null check (incidents >= 0),
  police integer not null check (police >= 0),
  primary key (organisation_id, quarter, target_group, kind)
);
create index incident_statistics_quarter on incident_statistics (quarter);

-- One row: when the rollup was last rebuilt (the national answer is cached per rebuild).
create table incident_statistics_state (
  id boolean primary key default true check (id),
  refreshed_at timestamptz not null,
  incidents bigint not null
);

-- A published national release: disclosure-controlled tables, immutable once written.
create table national_release (
  id uuid primary key default gen_random_uuid(),
  quarter text not null check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
  corrects_id uuid references national_release(id),
  k integer not null check (k >= 10),
  licence text not null,
  published_by uuid,
  published_at timestamptz not null default now(),
  tables jsonb not null,
  dictionary jsonb not null
);
create index national_release_published on national_release (published_at desc);

create function national_release_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'national_release is immutable: publish a correction as a new release';
end;
$$;
create trigger national_release_no_change before update or delete on national_release
  for each row execute function national_release_immutable();
