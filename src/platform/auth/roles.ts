/** Roles a person can hold in an organisation (platform admin is a flag on the person). */
export const ROLES = [
  'reporter',
  'handler',
  'integrity_officer',
  'confidential_counsellor',
  'clerk',
  'org_admin',
  'researcher',
  'national_analyst',
  'privacy_officer',
  'executive',
  'support_worker',
  'bibob_officer',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
