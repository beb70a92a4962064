import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../db/database';
import { appendAudit } from '../../../platform/audit/audit-log';
import type { Scope } from '../../../platform/auth/actor';
import type { KeyRing } from '../../../platform/crypto/keyring';
import type { AppDeps } from '../../../platform/deps';
import { auditOrigin, scopeOf } from '../../../platform/http/scope';

/** What a use case acting for a logged-in person needs. */
export interface IntegrityContext {
  db: Db;
  keyring: KeyRing;
  jobs: AppDeps['jobs'];
  config: AppDeps['config'];
  scope: Scope;
  origin: string;
}

export function contextOf(deps: AppDeps, scope: Scope, origin: string): IntegrityContext {
  return {
    db: deps.db,
    keyring: deps.keyring,
    jobs: deps.jobs,
    config: deps.config,
    scope,
    origin,
  };
}

/** The use-case context of a scoped request. */
export function ctxOf(deps: AppDeps, request: FastifyRequest): IntegrityContext {
  return contextOf(deps, scopeOf(request), auditOrigin(request));
}

/** Audit an action of the logged-in staff member (handler, counsellor, clerk, custodian). */
export async function auditStaff(
  trx: Db,
  ctx: IntegrityContext,
  action: string,
  objectType: string,
  objectId: string | null,
  result: 'success' | 'denied' | 'failure' = 'success',
): Promise<void> {
  await appendAudit(trx, {
    organisationId: ctx.scope.organisationId,
    actorType: ctx.scope.actorType,
    actorId: ctx.scope.actorId,
    action,
    objectType,
    objectId,
    result,
    origin: ctx.origin,
  });
}

/**
 * Origin recorded for everything a reporter does: no request id (it would join the
 * event to a log line), no address, no agent.
 */
export const REPORTER_ORIGIN = 'integrity-channel';

/**
 * Audit an action on the reporter's side of the channel. Anonymous or logged in, the
 * actor is recorded as 'anonymous' without an id: the audit trail must not become
 * the list of who reported whom.
 */
export async function auditReporter(
  trx: Db,
  organisationId: string,
  action: string,
  objectType: string,
  objectId: string | null,
  result: 'success' | 'denied' | 'failure' = 'success',
): Promise<void> {
  await appendAudit(trx, {
    organisationId,
    actorType: 'anonymous',
    actorId: null,
    action,
    objectType,
    objectId,
    result,
    origin: REPORTER_ORIGIN,
  });
}

/** The acting person's id (integrity routes admit persons only). */
export function personIdOf(ctx: IntegrityContext): string {
  return ctx.scope.actorId;
}
