-- Files are stored in sealed chunks of 64 KiB (ADR 0018), so an upload is never held whole in
-- memory. Files stored before stay in content_enc and still read; new ones leave it null.
alter table incident_attachment alter column content_enc drop not null;
alter table integrity_attachment alter column content_enc drop not null;
alter table incident_attachment add constraint incident_attachment_id_key unique (organisation_id, id);

create table incident_attachment_chunk (
  organisation_id uuid not null,
  attachment_id uuid not null,
  n integer not null check (n >= 0),
  -- Whether this is the file's last chunk; also bound into the chunk's AAD, so it cannot be forged.
  final boolean not null,
  sealed bytea not null,
  primary key (organisation_id, attachment_id, n),
  foreign key (organisation_id, attachment_id) references incident_attachment (organisation_id, id)
    on delete cascade
);

create table integrity_attachment_chunk (
  like incident_attachment_chunk including constraints including indexes,
  foreign key (organisation_id, attachment_id) references integrity_attachment (organisation_id, id)
    on delete cascade
);
