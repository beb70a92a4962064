-- Insight at 10M reports: the exact median without sorting every contacted report (issue 13,
-- ADR 0051). The 10M bench showed the median's sort of a year's contacted reports as the
-- largest cost left per dashboard request (~45 ms of ~100 ms for the largest organisation).
-- A histogram of the hours to first contact, kept by triggers, says in which bucket the
-- middle report lies and at which place; only that bucket's reports are read, through a
-- partial index on (organisation, bucket, date). The index that served the sort goes.

drop index incident_contact_hours_idx;

-- Buckets of the hours to first contact, finer where most contacts fall: half hours for the
-- first two days (0-95), four hours to day ten (96-143), days to day 90 (144-223), then one
-- bucket (224). Non-decreasing in the hours: the order of buckets is the order of values.
create function incident_contact_bucket(p_first_contact_at timestamptz, p_created_at timestamptz)
returns smallint language sql immutable as $$
  select case
    when h is null then null
    when h < 0 then 0
    when h < 48 then floor(h * 2)
    when h < 240 then 96 + floor((h - 48) / 4)
    when h < 2160 then 144 + floor((h - 240) / 24)
    else 224 end::smallint
  from (select extract(epoch from (p_first_contact_at - p_created_at)) / 3600.0 as h) x
$$;

alter table incident add column first_contact_bucket smallint
  generated always as (incident_contact_bucket(first_contact_at, created_at)) stored;

create index incident_contact_bucket_idx on incident
  (organisation_id, first_contact_bucket, occurred_on) include (first_contact_hours, kinds)
  where first_contact_at is not null;

-- Contacted reports per organisation x kind ('*' = all) x month it happened x bucket.
create table incident_contact_histogram (
  organisation_id uuid not null references organisation (id) on delete cascade,
  kind text not null,
  month date not null,
  bucket smallint not null,
  n integer not null,
  primary key (organisation_id, kind, month, bucket) include (n)
);

-- One function per event: a trigger with transition tables fires for one event only.
create function incident_contact_histogram_insert() returns trigger
language plpgsql as $$
begin
  insert into incident_contact_histogram (organisation_id, kind, month, bucket, n)
  select r.organisation_id, k.kind, date_trunc('month', r.occurred_on)::date,
    r.first_contact_bucket, count(*)::int
  from new_rows r cross join lateral unnest(r.kinds || array['*']::text[]) as k(kind)
  where r.first_contact_bucket is not null
  group by 1, 2, 3, 4
  order by 1, 2, 3, 4
  on conflict (organisation_id, kind, month, bucket)
    do update set n = incident_contact_histogram.n + excluded.n;
  return null;
end;
$$;

create function incident_contact_histogram_delete() returns trigger
language plpgsql as $$
begin
  update incident_contact_histogram t set n = t.n - d.n
  from (
    select o.organisation_id, k.kind, date_trunc('month', o.occurred_on)::date as month,
      o.first_contact_bucket as bucket, count(*)::int as n
    from old_rows o cross join lateral unnest(o.kinds || array['*']::text[]) as k(kind)
    where o.first_contact_bucket is not null
    group by 1, 2, 3, 4
  ) d
  where (t.organisation_id, t.kind, t.month, t.bucket)
    = (d.organisation_id, d.kind, d.month, d.bucket);
  return null;
end;
$$;

create function incident_contact_histogram_update() returns trigger
language plpgsql as $$
begin
  insert into incident_contact_histogram (organisation_id, kind, month, bucket, n)
  select organisation_id, kind, month, bucket, sum(delta)::int
  from (
    select r.organisation_id, k.kind, date_trunc('month', r.occurred_on)::date as month,
      r.first_contact_bucket as bucket, 1 as delta
    from new_rows r join old_rows o on o.id = r.id
    cross join lateral unnest(r.kinds || array['*']::text[]) as k(kind)
    where r.first_contact_bucket is not null
      and (r.organisation_id, r.occurred_on, r.kinds, r.first_contact_bucket)
        is distinct from (o.organisation_id, o.occurred_on, o.kinds, o.first_contact_bucket)
    union all
    select o.organisation_id, k.kind, date_trunc('month', o.occurred_on)::date,
      o.first_contact_bucket, -1
    from old_rows o join new_rows r on r.id = o.id
    cross join lateral unnest(o.kinds || array['*']::text[]) as k(kind)
    where o.first_contact_bucket is not null
      and (r.organisation_id, r.occurred_on, r.kinds, r.first_contact_bucket)
        is distinct from (o.organisation_id, o.occurred_on, o.kinds, o.first_contact_bucket)
  ) changes
  group by 1, 2, 3, 4
  having sum(delta) <> 0
  order by 1, 2, 3, 4
  on conflict (organisation_id, kind, month, bucket)
    do update set n = incident_contact_histogram.n + excluded.n;
  return null;
end;
$$;

create trigger incident_contact_histogram_insert after insert on incident
  referencing new table as new_rows
  for each statement execute function incident_contact_histogram_insert();
create trigger incident_contact_histogram_update after update on incident
  referencing old table as old_rows new table as new_rows
  for each statement execute function incident_contact_histogram_update();
create trigger incident_contact_histogram_delete after delete on incident
  referencing old table as old_rows
  for each statement execute function incident_contact_histogram_delete();

-- The contacted reports already there.
insert into incident_contact_histogram (organisation_id, kind, month, bucket, n)
select i.organisation_id, k.kind, date_trunc('month', i.occurred_on)::date,
  i.first_contact_bucket, count(*)::int
from incident i cross join lateral unnest(i.kinds || array['*']::text[]) as k(kind)
where i.first_contact_bucket is not null
group by 1, 2, 3, 4
order by 1, 2, 3, 4;
