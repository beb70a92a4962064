import { hasAnyRole, type Scope } from '../../platform/auth/actor';

/** Any member of the organisation may see its name and theme. */
export const canViewOrganisation = (_scope: Scope): boolean => true;

/** Only organisation administrators manage members, roles, tokens, theme and login settings. */
export const canAdministerOrganisation = (scope: Scope): boolean => hasAnyRole(scope, 'org_admin');

/** The audit log is read by administrators and the privacy officer (FG). */
export const canReadAuditLog = (scope: Scope): boolean =>
  hasAnyRole(scope, 'org_admin', 'privacy_officer');
