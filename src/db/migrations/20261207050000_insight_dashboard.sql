-- Insight (issue 13): the organisation dashboard counts one organisation's reports in a
-- period by the date they happened. This covering index lets PostgreSQL answer the
-- dashboard's grouped counts with an index-only range scan over that organisation and
-- period, instead of reading the wide incident rows (narrative, encrypted fields).
create index incident_insight_idx on incident (organisation_id, occurred_on)
  include (id, status, channel, location, target, reporter_group, kinds, created_at,
           first_contact_at, first_contact_due_on);

-- The legal clocks of integrity reports, counted per month of receipt.
create index integrity_report_insight_idx on integrity_report (organisation_id, received_at)
  where received_at is not null;
