import { hasAnyRole, type Scope } from '../../platform/auth/actor';

/**
 * Who sees the organisation's dashboard: the people who handle reports (handlers,
 * integrity officers), the organisation admin, and the mayor or secretary (executive),
 * who sees these aggregates but never a case.
 */
export const canViewDashboard = (scope: Scope): boolean =>
  hasAnyRole(scope, 'handler', 'integrity_officer', 'org_admin', 'executive');
