-- Jobs run once (issue 11, ADR 0016).
-- A recurring job's run is one row per (queue, slot), kept unique for finished rows too, so a
-- slot is inserted once, ever: the old partial singleton index ignored finished rows and let
-- every poll of every instance schedule the same slot again.
alter table job add column slot timestamptz;
alter table job add column started_at timestamptz;

-- Recurring runs of the old scheduler (singleton keys 'every:<n>') are superseded by slot rows.
delete from job where singleton_key like 'every:%';

create unique index job_slot_idx on job (queue, slot) where slot is not null;
-- Dead jobs (attempts exhausted) for the platform admin's list, newest first.
create index job_dead_idx on job (failed_at desc) where failed_at is not null;
-- History purge and queue depth.
create index job_done_idx on job (done_at) where done_at is not null;
