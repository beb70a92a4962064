-- Districts (issue 13, ADR 0044): an organisation's wijken and buurten (CBS codes WKxxxxxx and
-- BUxxxxxxxx of its own municipality), uploaded by its admin as GeoJSON or TopoJSON and projected
-- to SVG paths once at upload, with CBS "Kerncijfers wijken en buurten" context figures per code.
-- Public reference data, no personal data: stored in the clear.
create table district (
  organisation_id uuid not null references organisation (id) on delete cascade,
  code text not null check (code ~ '^(WK[0-9]{6}|BU[0-9]{8})$'),
  level text not null check (level in ('wijk', 'buurt')),
  name text not null check (length(name) between 1 and 200),
  -- SVG path in map units (the organisation's map is 1000 wide) and the area's centre.
  path text not null,
  centre_x real not null,
  centre_y real not null,
  -- Context figures by data-dictionary key (inwoners, huishoudens, ...); {} until uploaded.
  figures jsonb not null default '{}'::jsonb,
  primary key (organisation_id, code)
);

-- One map per organisation: its view box and what was loaded when.
create table district_map (
  organisation_id uuid primary key references organisation (id) on delete cascade,
  width real not null,
  height real not null,
  source_format text not null check (source_format in ('geojson', 'topojson')),
  source_crs text not null check (source_crs in ('wgs84', 'rd')),
  file_name text,
  boundaries_loaded_at timestamptz not null default now(),
  figures_file_name text,
  figures_loaded_at timestamptz
);

-- The wijk or buurt an incident in a public place happened in (optional; set by a handler).
alter table incident add column district_code text
  check (district_code is null or district_code ~ '^(WK[0-9]{6}|BU[0-9]{8})$');
create index incident_district_idx on incident (organisation_id, occurred_on)
  include (district_code) where district_code is not null;
