import { hasAnyRole, type Scope } from '../../platform/auth/actor';

/**
 * Who sees the organisation's dashboard: the people who handle reports (handlers,
 * integrity officers), the organisation admin, and the mayor or secretary (executive),
 * who sees these aggregates but never a case.
 */
export const canViewDashboard = (scope: Scope): boolean =>
  hasAnyRole(scope, 'handler', 'integrity_officer', 'org_admin', 'executive');

/** The organisation's headcount (denominator of the under-registration estimate). */
export const canEditHeadcount = (scope: Scope): boolean => hasAnyRole(scope, 'org_admin');

/** The national under-registration estimate. */
export const canViewNational = (scope: Scope): boolean =>
  hasAnyRole(scope, 'national_analyst', 'researcher');
