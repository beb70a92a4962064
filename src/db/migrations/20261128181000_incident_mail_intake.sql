-- Forwarded-mail intake over SMTP. An organisation switches it on; its address is then
-- meldingen+<organisation code>@<SMTP_INTAKE_DOMAIN>, so nothing about it needs storing.
-- The free-text intake_mailbox of the first migration was never read by any code and
-- would now contradict the derived address, so it goes.
alter table incident_settings add column email_intake_enabled boolean not null default false;
alter table incident_settings drop column intake_mailbox;

-- A forwarded e-mail waiting for its person to complete it into a report ("concept").
-- Mail from outside can be spoofed, so it never enters the register by itself: only
-- the member whose address sent it sees the draft, and only they can complete it.
-- The message as received is kept encrypted (WBF1 envelope) with its SHA-256, which
-- becomes the report's attachment hash; the pre-filled fields are encrypted too.
create table incident_draft (
  organisation_id uuid not null references organisation (id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  original_enc bytea not null,
  original_sha256 text not null check (original_sha256 ~ '^[0-9a-f]{64}$'),
  original_size_bytes integer not null check (original_size_bytes > 0),
  -- How the forwarded original was found: attached (message/rfc822), inline in the
  -- text, or not at all (then the fields come from the forwarding mail itself).
  forward_found text not null check (forward_found in ('attachment', 'inline', 'none')),
  email_sender_enc text,
  email_subject_enc text,
  email_sent_at timestamptz,
  text_enc text,
  received_at timestamptz not null default now(),
  -- Drafts nobody completes are deleted after this moment (data minimisation).
  expires_at timestamptz not null,
  primary key (organisation_id, id)
);
create index incident_draft_person_idx on incident_draft (organisation_id, person_id, received_at desc);
create index incident_draft_expiry_idx on incident_draft (expires_at);
