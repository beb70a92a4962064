import { type AuditActor, anonymousActor } from '../../../platform/audit/audit';
import type { UseCaseContext } from '../../../platform/use-case';

/**
 * Origin recorded for everything a reporter does: no request id (it would join the
 * event to a log line), no address, no agent.
 */
export const REPORTER_ORIGIN = 'integrity-channel';

/**
 * The audit actor for the reporter's side of the channel. Anonymous or logged in, the
 * actor is recorded as 'anonymous' without an id: the audit trail must not become
 * the list of who reported whom.
 */
export function reporterActor(organisationId: string): AuditActor {
  return anonymousActor(organisationId, REPORTER_ORIGIN);
}

/** The acting person's id (integrity routes admit persons only). */
export function personIdOf(ctx: UseCaseContext): string {
  return ctx.scope.actorId;
}
