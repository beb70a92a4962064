-- Insight at 10M reports (issue 13, ADR 0043).
--
-- incident_dashboard_counts: the organisation dashboard's counts per organisation x month
-- (of the date it happened) x kind ('*' = every report, otherwise the reports with that
-- kind) x dimension (channel, location, target group, kind) x value. Kept exact on every
-- write by statement-level triggers on incident, so the dashboard reads a few hundred
-- rows per organisation-year instead of scanning every report three times. Counts only:
-- no narrative, no person.
create table incident_dashboard_counts (
  organisation_id uuid not null references organisation (id) on delete cascade,
  month date not null,
  kind text not null,
  dimension text not null check (dimension in ('channel', 'location', 'target', 'kind')),
  value text not null,
  -- No check (n >= 0): an upsert checks the proposed row, whose n is a delta.
  n integer not null,
  -- n in the key's index too: the dashboard's read is an index-only range scan.
  primary key (organisation_id, month, kind, dimension, value) include (n)
);

-- The cells one report counts in (once each): per kind of its own and '*', its channel,
-- place and target group; and per pair of its kinds (a report with kinds a and b counts
-- under a for a and b, under b for a and b, and under '*' for a and b).
create function incident_dashboard_cells(
  p_occurred_on date, p_channel text, p_location text, p_target text,
  p_reporter_group text, p_kinds text[]
) returns table (month date, kind text, dimension text, value text)
language sql immutable as $$
  select date_trunc('month', p_occurred_on)::date, k.kind, d.dimension, d.value
  from unnest(p_kinds || array['*']::text[]) as k(kind)
  cross join (values
    ('channel', p_channel),
    ('location', p_location),
    ('target', case when p_target = 'relative' then 'relative'
      when p_reporter_group = 'office_holder' then 'office_holder'
      when p_reporter_group = 'civil_servant' then 'employee' else 'other' end)
  ) as d(dimension, value)
  union all
  select date_trunc('month', p_occurred_on)::date, k.kind, 'kind', v.kind
  from unnest(p_kinds || array['*']::text[]) as k(kind)
  cross join unnest(p_kinds) as v(kind)
$$;

-- Add the new rows' cells and take away the old rows' cells, in key order (so concurrent
-- writers lock the shared rows in the same order), skipping cells that did not change
-- (a status change touches nothing here).
create function incident_dashboard_counts_maintain() returns trigger
language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    insert into incident_dashboard_counts (organisation_id, month, kind, dimension, value, n)
    select r.organisation_id, c.month, c.kind, c.dimension, c.value, count(*)::int
    from new_rows r
    cross join lateral incident_dashboard_cells(r.occurred_on, r.channel, r.location,
      r.target, r.reporter_group, r.kinds) c
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5
    on conflict (organisation_id, month, kind, dimension, value)
      do update set n = incident_dashboard_counts.n + excluded.n;
  elsif tg_op = 'DELETE' then
    update incident_dashboard_counts t set n = t.n - d.n
    from (
      select r.organisation_id, c.month, c.kind, c.dimension, c.value, count(*)::int as n
      from old_rows r
      cross join lateral incident_dashboard_cells(r.occurred_on, r.channel, r.location,
        r.target, r.reporter_group, r.kinds) c
      group by 1, 2, 3, 4, 5
    ) d
    where (t.organisation_id, t.month, t.kind, t.dimension, t.value)
      = (d.organisation_id, d.month, d.kind, d.dimension, d.value);
  else
    insert into incident_dashboard_counts (organisation_id, month, kind, dimension, value, n)
    select organisation_id, month, kind, dimension, value, sum(delta)::int
    from (
      select r.organisation_id, c.month, c.kind, c.dimension, c.value, 1 as delta
      from new_rows r
      join old_rows o on o.id = r.id
      cross join lateral incident_dashboard_cells(r.occurred_on, r.channel, r.location,
        r.target, r.reporter_group, r.kinds) c
      where (r.organisation_id, r.occurred_on, r.channel, r.location, r.target,
          r.reporter_group, r.kinds)
        is distinct from (o.organisation_id, o.occurred_on, o.channel, o.location, o.target,
          o.reporter_group, o.kinds)
      union all
      select o.organisation_id, c.month, c.kind, c.dimension, c.value, -1
      from old_rows o
      join new_rows r on r.id = o.id
      cross join lateral incident_dashboard_cells(o.occurred_on, o.channel, o.location,
        o.target, o.reporter_group, o.kinds) c
      where (r.organisation_id, r.occurred_on, r.channel, r.location, r.target,
          r.reporter_group, r.kinds)
        is distinct from (o.organisation_id, o.occurred_on, o.channel, o.location, o.target,
          o.reporter_group, o.kinds)
    ) changes
    group by 1, 2, 3, 4, 5
    having sum(delta) <> 0
    order by 1, 2, 3, 4, 5
    on conflict (organisation_id, month, kind, dimension, value)
      do update set n = incident_dashboard_counts.n + excluded.n;
  end if;
  return null;
end;
$$;

create trigger incident_dashboard_counts_insert after insert on incident
  referencing new table as new_rows
  for each statement execute function incident_dashboard_counts_maintain();
create trigger incident_dashboard_counts_update after update on incident
  referencing old table as old_rows new table as new_rows
  for each statement execute function incident_dashboard_counts_maintain();
create trigger incident_dashboard_counts_delete after delete on incident
  referencing old table as old_rows
  for each statement execute function incident_dashboard_counts_maintain();

-- The reports already there.
insert into incident_dashboard_counts (organisation_id, month, kind, dimension, value, n)
select i.organisation_id, c.month, c.kind, c.dimension, c.value, count(*)::int
from incident i
cross join lateral incident_dashboard_cells(i.occurred_on, i.channel, i.location, i.target,
  i.reporter_group, i.kinds) c
group by 1, 2, 3, 4, 5
order by 1, 2, 3, 4, 5;

-- "Share with a police report filed": only done police-report measures count, and this
-- partial index holds exactly those, so the dashboard reads them without the other measures.
create index incident_measure_police_filed_idx on incident_measure (organisation_id, incident_id)
  where type = 'police_report' and status = 'done';
