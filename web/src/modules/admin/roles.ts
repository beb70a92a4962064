import { ROLES, type Role } from '../../app/roles';

/** Roles an organisation admin hands out (national roles are the platform's to give). */
export const ORGANISATION_ROLES: readonly Role[] = ROLES.filter(
  (r) => r !== 'national_analyst' && r !== 'researcher' && r !== 'support_worker',
);
