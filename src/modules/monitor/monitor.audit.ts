import type { Db } from '../../db/database';
import { type AuditEntry, appendAudit } from '../../platform/audit/audit-log';

/** Who acts: a scope of a logged-in request, or an anonymous invitee / the system. */
export interface AuditActor {
  organisationId: string;
  actorType: AuditEntry['actorType'];
  actorId: string | null;
}

/** Append an audit event for an action of the Monitor, in the caller's transaction. */
export async function auditMonitor(
  db: Db,
  scope: AuditActor,
  action: string,
  object: { type: string; id: string | null },
  origin: string,
): Promise<void> {
  await appendAudit(db, {
    organisationId: scope.organisationId,
    actorType: scope.actorType,
    actorId: scope.actorId,
    action: `monitor.${action}`,
    objectType: object.type,
    objectId: object.id,
    result: 'success',
    origin,
  });
}

/** Audit a read in its own short transaction (reads have no work transaction to join). */
export async function auditMonitorRead(
  db: Db,
  scope: AuditActor,
  action: string,
  object: { type: string; id: string | null },
  origin: string,
): Promise<void> {
  await db.transaction().execute((trx) => auditMonitor(trx, scope, action, object, origin));
}
