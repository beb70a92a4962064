import type { QueryCreator } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditEntry, unsealedEvent } from './audit-log';

/**
 * The INSERT of unsealed audit events, for a statement that writes its audit events itself as
 * a data-modifying CTE (`db.with('a', (qb) => insertAuditEvents(qb, entries))`): one atomic
 * statement instead of a transaction of several, while the audit table stays the platform's.
 */
export function insertAuditEvents<DB extends Database>(
  qb: QueryCreator<DB>,
  entries: readonly AuditEntry[],
) {
  // The CTEs before this one widen DB; the audit table is the same in every widening.
  return (qb as unknown as QueryCreator<Database>)
    .insertInto('audit_event')
    .values(entries.map(unsealedEvent))
    .returning('audit_event.id');
}
