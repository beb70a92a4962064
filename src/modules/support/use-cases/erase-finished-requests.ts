import { audit, systemActor } from '../../../platform/audit/audit';
import { addMonths, amsterdamDate } from '../../../platform/time';
import type { UseCaseDeps } from '../../../platform/use-case';
import { deleteFinishedBefore } from '../support.repository';

/**
 * Retention (ADR 0047): delete every finished (done or closed) support request
 * whose last step lies more than `SUPPORT_RETENTION_MONTHS` in the past, with its
 * steps, shared details and notes. Open requests are kept: someone still works
 * on them. Each erasure is audited in both chains that recorded the request —
 * the requesting organisation's and the support team's. Returns how many went.
 */
export async function eraseFinishedRequests(
  deps: Pick<UseCaseDeps, 'db' | 'clock' | 'config'>,
): Promise<number> {
  const before = addMonths(amsterdamDate(deps.clock.now()), -deps.config.supportRetentionMonths);
  return deps.db.transaction().execute(async (trx) => {
    const erased = await deleteFinishedBefore(trx, before);
    for (const row of erased) {
      const object = { type: 'support_request', id: row.id };
      await audit(trx, systemActor(row.organisation_id), 'support_request.erase', object);
      await audit(trx, systemActor(row.support_team_id), 'support_request.erase', object);
    }
    return erased.length;
  });
}
