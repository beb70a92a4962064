import { audit, systemActor } from '../../../platform/audit/audit';
import { addMonths, amsterdamDate } from '../../../platform/time';
import type { UseCaseDeps } from '../../../platform/use-case';
import { deleteClosedBefore, organisationsWithClosedCases } from '../bibob.repository';
import { loadSettings } from './settings';

/**
 * Retention: delete every case closed longer ago than the organisation's term,
 * with its answers, links and documents (ON DELETE CASCADE). Each erasure is
 * audited in the organisation's chain. Returns how many cases were erased.
 */
export async function eraseClosedCases(deps: Pick<UseCaseDeps, 'db' | 'clock'>): Promise<number> {
  const today = amsterdamDate(deps.clock.now());
  let erased = 0;
  for (const org of await organisationsWithClosedCases(deps.db)) {
    erased += await deps.db.transaction().execute(async (trx) => {
      const settings = await loadSettings(trx, org);
      const ids = await deleteClosedBefore(trx, org, addMonths(today, -settings.retentionMonths));
      for (const id of ids)
        await audit(trx, systemActor(org), 'bibob.case.erase', { type: 'bibob_case', id });
      return ids.length;
    });
  }
  return erased;
}
