-- Four roles for the administration, insight and support areas:
--   privacy_officer  reads the audit log of the organisation (with the org admin);
--   executive        mayor or secretary: sees the organisation's aggregates only, never a case;
--   support_worker   works the national support team's queue (Ondersteuningsteam Weerbaar Bestuur);
--   bibob_officer    keeps the Bibob policy and screening cases, visible to no other role.
alter table membership drop constraint membership_role_check;
alter table membership add constraint membership_role_check check (role in (
  'reporter', 'handler', 'integrity_officer', 'confidential_counsellor', 'clerk',
  'org_admin', 'researcher', 'national_analyst',
  'privacy_officer', 'executive', 'support_worker', 'bibob_officer'
));
