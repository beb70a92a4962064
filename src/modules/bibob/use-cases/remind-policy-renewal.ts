import { audit, systemActor } from '../../../platform/audit/audit';
import { addDays, amsterdamDate } from '../../../platform/time';
import type { UseCaseDeps } from '../../../platform/use-case';
import { notify } from '../../notifications';
import { renewalDueOf } from '../bibob.presenter';
import { adoptedUnreminded, markReminded, newestAdopted } from '../bibob.repository';
import { RENEWAL_LEAD_DAYS } from './policy';

/**
 * Remind the Bibob officers of an organisation once when its newest adopted
 * policy is due for renewal within RENEWAL_LEAD_DAYS, through the notifications
 * module (in the app, and by mail as each officer chose). The notification says no
 * more than that; the page shows the date. Returns how many policies were reminded of.
 */
export async function remindPolicyRenewal(
  deps: Pick<UseCaseDeps, 'db' | 'clock'>,
): Promise<number> {
  const now = deps.clock.now();
  const horizon = addDays(amsterdamDate(now), RENEWAL_LEAD_DAYS);
  let sent = 0;
  for (const row of await adoptedUnreminded(deps.db)) {
    const due = renewalDueOf(row);
    if (!due || due > horizon) continue;
    const newest = await newestAdopted(deps.db, row.organisation_id);
    if (newest?.version !== row.version) continue;
    await deps.db.transaction().execute(async (trx) => {
      await markReminded(trx, row.organisation_id, row.version, now);
      await audit(trx, systemActor(row.organisation_id), 'bibob.policy.remind', {
        type: 'bibob_policy',
        id: `${row.version}`,
      });
      await notify(trx, {
        type: 'bibob.policy_renewal_due',
        organisationId: row.organisation_id,
        objectType: 'bibob_policy',
        objectId: `${row.version}`,
        at: now,
      });
    });
    sent++;
  }
  return sent;
}
