/** Roles a person can hold in an organisation (mirrors src/platform/auth/roles.ts). */
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

/** True when `held` contains at least one of `required` (an empty `required` means everyone). */
export function hasAnyRole(held: readonly string[], required: readonly Role[]): boolean {
  return required.length === 0 || required.some((role) => held.includes(role));
}
