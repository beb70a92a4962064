import { audit, systemActor } from '../../../../platform/audit/audit';
import type { AppDeps } from '../../../../platform/deps';
import { addMonths, amsterdamDate } from '../../../../platform/time';
import { expireRecoveries } from '../../custody/custody.repository';
import { deleteExpiredReceiptSessions, deleteReport } from '../reports.repository';
import { readSettings } from '../use-cases/settings';
import { closedBefore, organisationsWithClosedReports } from './jobs.repository';

/**
 * The integrity module's own retention (separate from the incident register): a
 * closed case is deleted — report, identity, messages, files, case file — once its
 * organisation's term after closing has passed; only the audit trail keeps that it
 * existed. Also clears expired receipt sessions and half-finished key recoveries.
 */
export async function applyRetention(deps: Pick<AppDeps, 'db' | 'logger'>, now = new Date()) {
  let deleted = 0;
  for (const organisationId of await organisationsWithClosedReports(deps.db)) {
    const { retentionMonths } = await readSettings(deps.db, organisationId);
    const cutoff = new Date(`${addMonths(amsterdamDate(now), -retentionMonths)}T00:00:00Z`);
    for (const { id } of await closedBefore(deps.db, organisationId, cutoff)) {
      await deps.db.transaction().execute(async (trx) => {
        await deleteReport(trx, organisationId, id);
        await audit(trx, systemActor(organisationId), 'integrity.report.retention_delete', {
          type: 'integrity_report',
          id,
        });
      });
      deleted++;
    }
  }
  const sessions = await deleteExpiredReceiptSessions(deps.db, now);
  const recoveries = await expireRecoveries(deps.db, now);
  deps.logger.info({ deleted, sessions, recoveries }, 'integrity retention applied');
  return { deleted, sessions, recoveries };
}
