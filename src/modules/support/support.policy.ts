import { hasAnyRole, type Scope } from '../../platform/auth/actor';
import type { SupportRequestRow } from './support.tables';

/*
 * Who may do what with support requests. A request is seen by exactly two parties: the
 * person who sent it (the office holder, or the handler who referred someone) — status
 * only — and the support team's workers, in the support team organisation. Nobody else
 * in the requesting organisation sees it, the org admin included.
 */

/** Office holders and handlers ask for support and follow their own requests (people only). */
export const canRequestSupport = (scope: Scope): boolean =>
  scope.actorType === 'person' && hasAnyRole(scope, 'reporter', 'handler');

/** Handlers refer someone from an incident, on that person's behalf. */
export const canRefer = (scope: Scope): boolean =>
  scope.actorType === 'person' && hasAnyRole(scope, 'handler');

/** Support workers work the queue (the use cases also hold it to their own team). */
export const canWorkQueue = (scope: Scope): boolean =>
  scope.actorType === 'person' && hasAnyRole(scope, 'support_worker');

/** The sender of a request (requester or referring handler) follows its status. */
export function isSender(
  scope: Pick<Scope, 'organisationId' | 'actorId'>,
  row: Pick<SupportRequestRow, 'organisation_id' | 'requested_by'>,
): boolean {
  return row.organisation_id === scope.organisationId && row.requested_by === scope.actorId;
}

/** A support worker handles the requests addressed to their own team only. */
export function isOwnTeam(
  scope: Pick<Scope, 'organisationId'>,
  row: Pick<SupportRequestRow, 'support_team_id'>,
): boolean {
  return row.support_team_id === scope.organisationId;
}
