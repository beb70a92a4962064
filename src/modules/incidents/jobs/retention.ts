import { audit, systemActor } from '../../../platform/audit/audit';
import type { AppDeps } from '../../../platform/deps';
import { retentionCutoff } from '../incident-settings';
import { getIncidentSettings } from '../use-cases/get-settings';
import {
  anonymiseIncident,
  deleteIncident,
  expiredReports,
  organisationsWithClosedReports,
} from './retention.repository';

/**
 * Apply each organisation's retention term to closed and referred reports: anonymise
 * them (narrative, names, files and messages removed; categories and dates stay for
 * statistics) or delete them, as the organisation chose. Each report is handled in
 * its own transaction with an audit event; the log gets the counts.
 */
export async function applyRetention(
  deps: Pick<AppDeps, 'db' | 'logger'>,
  now = new Date(),
): Promise<{ anonymised: number; deleted: number }> {
  let anonymised = 0;
  let deleted = 0;
  for (const organisationId of await organisationsWithClosedReports(deps.db)) {
    const settings = await getIncidentSettings(deps.db, organisationId);
    const cutoff = retentionCutoff(now, settings.retentionMonths);
    for (const { id } of await expiredReports(deps.db, organisationId, cutoff)) {
      await deps.db.transaction().execute(async (trx) => {
        if (settings.retentionAction === 'delete') await deleteIncident(trx, organisationId, id);
        else await anonymiseIncident(trx, organisationId, id);
        await audit(
          trx,
          systemActor(organisationId),
          settings.retentionAction === 'delete'
            ? 'incident.retention.delete'
            : 'incident.retention.anonymise',
          { type: 'incident', id },
        );
      });
      if (settings.retentionAction === 'delete') deleted++;
      else anonymised++;
    }
  }
  deps.logger.info({ anonymised, deleted }, 'incident retention applied');
  return { anonymised, deleted };
}
