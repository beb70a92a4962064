import type { Db } from '../../db/database';
import type { Scope } from '../auth/actor';
import { type AuditEntry, appendAudit } from './audit-log';

export type AuditResult = AuditEntry['result'];

/** The object an event is about: its type and id (never its content). */
export interface AuditObject {
  type: string;
  id: string | null;
}

/** Who an event names, in which organisation's chain, and from where. */
export interface AuditActor {
  organisationId: string | null;
  actorType: AuditEntry['actorType'];
  actorId: string | null;
  origin: string | null;
}

/** An actor acting in an organisation, before the origin is known (a scope, the system, a respondent). */
export type OrganisationActor = Omit<AuditActor, 'origin' | 'organisationId'> & {
  organisationId: string;
};

/** A use-case context, or anything else that carries a scope and an origin. */
export interface ScopedOrigin {
  scope: Pick<Scope, 'organisationId' | 'actorType' | 'actorId'>;
  origin: string;
}

/** Origin of everything the background jobs do. */
export const JOB_ORIGIN = 'job';

/** The system acting on its own (a job, an incoming mail), in `organisationId`'s chain. */
export function systemActor(organisationId: string | null, origin = JOB_ORIGIN): AuditActor {
  return { organisationId, actorType: 'system', actorId: null, origin };
}

/**
 * Someone who must stay unnamed (a reporter of the integrity channel, a survey
 * respondent): recorded as 'anonymous' without an id, so the trail does not become
 * the list of who reported whom.
 */
export function anonymousActor(organisationId: string | null, origin: string | null): AuditActor {
  return { organisationId, actorType: 'anonymous', actorId: null, origin };
}

/** A person acting outside an organisation scope (login, invitation, own account). */
export function personActor(
  organisationId: string | null,
  personId: string,
  origin: string | null,
): AuditActor {
  return { organisationId, actorType: 'person', actorId: personId, origin };
}

/** The acting person or token of a use-case context. */
export function actorOf(ctx: ScopedOrigin): AuditActor {
  return {
    organisationId: ctx.scope.organisationId,
    actorType: ctx.scope.actorType,
    actorId: ctx.scope.actorId,
    origin: ctx.origin,
  };
}

/**
 * The one way to record an audit event (ADR 0027): call it with the transaction that
 * does the work, so the record and its event commit or roll back together.
 */
export async function audit(
  db: Db,
  who: ScopedOrigin | AuditActor,
  action: string,
  object: AuditObject,
  result: AuditResult = 'success',
): Promise<void> {
  const actor = 'scope' in who ? actorOf(who) : who;
  await appendAudit(db, {
    organisationId: actor.organisationId,
    actorType: actor.actorType,
    actorId: actor.actorId,
    action,
    objectType: object.type,
    objectId: object.id,
    result,
    origin: actor.origin,
  });
}

/**
 * Audit in its own short transaction: for a read (it has no work transaction to join)
 * or a refusal (the work transaction rolls back, the event must stay).
 */
export async function auditSeparately(
  db: Db,
  ...event: Parameters<typeof audit> extends [Db, ...infer Event] ? Event : never
): Promise<void> {
  await db.transaction().execute((trx) => audit(trx, ...event));
}
