import { hasAnyRole, type Scope } from '../../platform/auth/actor';
import type { ToolkitItemRow } from './toolkit.tables';

/*
 * Who may do what in the toolkit. Everyone with a role in the organisation reads the
 * catalogue and signs up for trainings; the org admin adds the organisation's own items
 * and hides national ones. National items are kept by the platform.
 */

/** Every person with a role in the organisation reads the toolkit and signs up. */
export const canReadToolkit = (scope: Scope): boolean =>
  scope.actorType === 'person' && scope.roles.size > 0;

/** The org admin keeps the organisation's own items and hides national ones. */
export const canManageToolkit = (scope: Scope): boolean =>
  scope.actorType === 'person' && hasAnyRole(scope, 'org_admin');

/** An item is visible in an organisation when it is national or the organisation's own. */
export function isVisibleIn(
  scope: Pick<Scope, 'organisationId'>,
  item: Pick<ToolkitItemRow, 'organisation_id'>,
): boolean {
  return item.organisation_id === null || item.organisation_id === scope.organisationId;
}

/** Handlers and the org admin record who attended a session (of their own organisation). */
export const canRecordAttendance = (scope: Scope): boolean =>
  scope.actorType === 'person' && hasAnyRole(scope, 'org_admin', 'handler');

/**
 * Who keeps a toolkit item or a session: the organisation's admin its own, a platform admin
 * (acting as org admin) the national ones.
 */
export function canKeep(scope: Scope, owner: { organisation_id: string | null }): boolean {
  if (!canManageToolkit(scope)) return false;
  if (owner.organisation_id === null) {
    return scope.actor.type === 'person' && scope.actor.isPlatformAdmin;
  }
  return owner.organisation_id === scope.organisationId;
}
