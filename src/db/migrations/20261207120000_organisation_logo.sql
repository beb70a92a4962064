-- Organisation logo (issue 12, ADR 0045): PNG, JPEG or SVG, stored encrypted like every upload
-- in the existing organisation_profile.logo column; logo_updated_at versions the public URL's
-- ETag. JPEG joins the media types the first migration allowed.
alter table organisation_profile drop constraint organisation_profile_logo_type_check;
alter table organisation_profile
  add constraint organisation_profile_logo_type_check
  check (logo_type in ('image/png', 'image/jpeg', 'image/svg+xml'));
alter table organisation_profile add column logo_updated_at timestamptz;
alter table organisation_profile
  add constraint organisation_profile_logo_complete
  check ((logo is null) = (logo_type is null) and (logo is null) = (logo_updated_at is null));
