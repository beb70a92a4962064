-- Insight at 10M reports, the handling figures (issue 13, ADR 0051).
--
-- The dashboard's counts by kind, channel, place and target group come from
-- incident_dashboard_counts (ADR 0043); the handling figures still read every report of the
-- period. Now:
--   * "contacted" and "contacted in time" are counted on write too, as a 'handling'
--     dimension of the same table (a report counts under 'contacted' once it has a first
--     contact, and under 'contacted_in_time' when that was on or before its deadline);
--   * reports still open are read through a partial index that holds only open reports;
--   * the median time to first contact reads a partial index of the contacted reports that
--     carries the hours itself (a stored generated column), so it is an index-only scan.

alter table incident_dashboard_counts drop constraint incident_dashboard_counts_dimension_check;
alter table incident_dashboard_counts add constraint incident_dashboard_counts_dimension_check
  check (dimension in ('channel', 'location', 'target', 'kind', 'handling'));

drop trigger incident_dashboard_counts_insert on incident;
drop trigger incident_dashboard_counts_update on incident;
drop trigger incident_dashboard_counts_delete on incident;
drop function incident_dashboard_counts_maintain();
drop function incident_dashboard_cells(date, text, text, text, text, text[]);

-- The cells one report counts in (once each), as before, plus its handling cells.
create function incident_dashboard_cells(
  p_occurred_on date, p_channel text, p_location text, p_target text,
  p_reporter_group text, p_kinds text[], p_first_contact_at timestamptz, p_due_on date
) returns table (month date, kind text, dimension text, value text)
language sql immutable as $$
  select date_trunc('month', p_occurred_on)::date, k.kind, d.dimension, d.value
  from unnest(p_kinds || array['*']::text[]) as k(kind)
  cross join (values
    ('channel', p_channel),
    ('location', p_location),
    ('target', case when p_target = 'relative' then 'relative'
      when p_reporter_group = 'office_holder' then 'office_holder'
      when p_reporter_group = 'civil_servant' then 'employee' else 'other' end),
    ('handling', case when p_first_contact_at is not null then 'contacted' end),
    ('handling', case when (p_first_contact_at at time zone 'Europe/Amsterdam')::date
      <= p_due_on then 'contacted_in_time' end)
  ) as d(dimension, value)
  where d.value is not null
  union all
  select date_trunc('month', p_occurred_on)::date, k.kind, 'kind', v.kind
  from unnest(p_kinds || array['*']::text[]) as k(kind)
  cross join unnest(p_kinds) as v(kind)
$$;

-- As in ADR 0043: add the new rows' cells, take away the old rows' cells, in key order,
-- skipping reports whose counted fields did not change (a status change touches nothing).
create function incident_dashboard_counts_maintain() returns trigger
language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    insert into incident_dashboard_counts (organisation_id, month, kind, dimension, value, n)
    select r.organisation_id, c.month, c.kind, c.dimension, c.value, count(*)::int
    from new_rows r
    cross join lateral incident_dashboard_cells(r.occurred_on, r.channel, r.location,
      r.target, r.reporter_group, r.kinds, r.first_contact_at, r.first_contact_due_on) c
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
        r.target, r.reporter_group, r.kinds, r.first_contact_at, r.first_contact_due_on) c
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
        r.target, r.reporter_group, r.kinds, r.first_contact_at, r.first_contact_due_on) c
      where (r.organisation_id, r.occurred_on, r.channel, r.location, r.target,
          r.reporter_group, r.kinds, r.first_contact_at, r.first_contact_due_on)
        is distinct from (o.organisation_id, o.occurred_on, o.channel, o.location, o.target,
          o.reporter_group, o.kinds, o.first_contact_at, o.first_contact_due_on)
      union all
      select o.organisation_id, c.month, c.kind, c.dimension, c.value, -1
      from old_rows o
      join new_rows r on r.id = o.id
      cross join lateral incident_dashboard_cells(o.occurred_on, o.channel, o.location,
        o.target, o.reporter_group, o.kinds, o.first_contact_at, o.first_contact_due_on) c
      where (r.organisation_id, r.occurred_on, r.channel, r.location, r.target,
          r.reporter_group, r.kinds, r.first_contact_at, r.first_contact_due_on)
        is distinct from (o.organisation_id, o.occurred_on, o.channel, o.location, o.target,
          o.reporter_group, o.kinds, o.first_contact_at, o.first_contact_due_on)
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

-- The handling cells of the reports already there (their other cells are counted).
insert into incident_dashboard_counts (organisation_id, month, kind, dimension, value, n)
select i.organisation_id, c.month, c.kind, c.dimension, c.value, count(*)::int
from incident i
cross join lateral incident_dashboard_cells(i.occurred_on, i.channel, i.location, i.target,
  i.reporter_group, i.kinds, i.first_contact_at, i.first_contact_due_on) c
where c.dimension = 'handling'
group by 1, 2, 3, 4, 5
order by 1, 2, 3, 4, 5;

-- Hours from receipt to first contact, kept by the database itself.
alter table incident add column first_contact_hours double precision
  generated always as (extract(epoch from (first_contact_at - created_at)) / 3600.0) stored;

create index incident_contact_hours_idx on incident (organisation_id, occurred_on)
  include (first_contact_hours, kinds) where first_contact_at is not null;

-- Open reports only (OPEN_STATUSES in incident-status.ts): what "open" and "overdue" count.
create index incident_open_idx on incident (organisation_id, occurred_on)
  include (id, kinds, first_contact_at, first_contact_due_on)
  where status in ('received', 'in_treatment', 'measures', 'aftercare');
