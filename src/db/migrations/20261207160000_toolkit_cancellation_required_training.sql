-- Toolkit, third part (issue 14, ADR 0052): cancelling a training session and an
-- organisation's own choice of the training new office holders follow.

-- A session with sign-ups is cancelled rather than deleted: the sign-ups stay for the record,
-- nobody signs up any more and no reminder goes out.
alter table training_session
  add column cancelled_at timestamptz,
  add column cancelled_by uuid references person (id) on delete set null;

-- The training an organisation requires of new office holders, and within how many months.
-- No row, or no item (deleted since): the national "omgaan-met-intimidatie-en-bedreiging".
create table toolkit_required_training (
  organisation_id uuid primary key references organisation (id) on delete cascade,
  item_id uuid references toolkit_item (id) on delete set null,
  within_months integer not null check (within_months between 1 and 24),
  updated_by uuid references person (id) on delete set null,
  updated_at timestamptz not null default now()
);
