-- Platform administration and "Mijn account" (issue 12, ADR 0034).
-- 1. An organisation can be deactivated: its data stays, its members' rights there and its API
--    tokens stop working until it is reactivated.
alter table organisation add column deactivated_at timestamptz;

-- 2. Password reset: a single-use link, stored only as the SHA-256 of its token.
create table password_reset (
  token_hash text primary key,
  person_id uuid not null references person (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index password_reset_person_idx on password_reset (person_id);

-- 3. A session remembers the browser and system it was opened from (a short label such as
--    "Firefox op Linux", never the full user-agent string), so a person can recognise it.
alter table session add column device text;
