import { hasAnyRole, type Scope } from '../../platform/auth/actor';

/*
 * Who may do what with districts. The organisation admin uploads boundaries and context
 * figures; the people who handle reports or read the dashboard see the list (the picker on a
 * case, the names on the dashboard).
 */

/** The org admin loads the boundaries and the context figures. */
export const canManageDistricts = (scope: Scope): boolean => hasAnyRole(scope, 'org_admin');

/** Handlers (the picker on a case) and dashboard readers see the list of wijken and buurten. */
export const canListDistricts = (scope: Scope): boolean =>
  hasAnyRole(scope, 'handler', 'integrity_officer', 'org_admin', 'executive');
