import { audit, systemActor } from '../../../platform/audit/audit';
import { membersWithRoles } from '../../../platform/identity';
import { addDays, amsterdamDate } from '../../../platform/time';
import type { UseCaseDeps } from '../../../platform/use-case';
import { renewalDueOf } from '../bibob.presenter';
import { adoptedUnreminded, markReminded, newestAdopted } from '../bibob.repository';
import { RENEWAL_LEAD_DAYS } from './policy';

/**
 * Remind the Bibob officers of an organisation once when its newest adopted
 * policy is due for renewal within RENEWAL_LEAD_DAYS. The mail says no more
 * than that; the page shows the date. Returns how many policies were reminded of.
 */
export async function remindPolicyRenewal(
  deps: Pick<UseCaseDeps, 'db' | 'clock' | 'mailer' | 'config' | 'logger'>,
): Promise<number> {
  const now = deps.clock.now();
  const horizon = addDays(amsterdamDate(now), RENEWAL_LEAD_DAYS);
  let sent = 0;
  for (const row of await adoptedUnreminded(deps.db)) {
    const due = renewalDueOf(row);
    if (!due || due > horizon) continue;
    const newest = await newestAdopted(deps.db, row.organisation_id);
    if (newest?.version !== row.version) continue;
    const officers = await membersWithRoles(deps.db, row.organisation_id, ['bibob_officer']);
    await deps.db.transaction().execute(async (trx) => {
      await markReminded(trx, row.organisation_id, row.version, now);
      await audit(trx, systemActor(row.organisation_id), 'bibob.policy.remind', {
        type: 'bibob_policy',
        id: `${row.version}`,
      });
    });
    for (const officer of officers) {
      try {
        await deps.mailer.send({
          to: officer.email,
          subject: 'Herinnering: Bibob-beleid vernieuwen',
          text: [
            'Beste Bibob-medewerker,',
            '',
            'Het Bibob-beleid van uw organisatie is binnenkort aan vernieuwing toe.',
            `Log in op Weerbaar (${deps.config.publicUrl}) en kies "Bibob" voor de datum en een nieuwe versie.`,
          ].join('\n'),
        });
      } catch (error) {
        deps.logger.warn({ error: (error as Error).name }, 'bibob renewal reminder not sent');
      }
    }
    sent++;
  }
  return sent;
}
