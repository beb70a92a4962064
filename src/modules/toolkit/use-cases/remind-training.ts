import { audit, systemActor } from '../../../platform/audit/audit';
import type { UseCaseDeps } from '../../../platform/use-case';
import { notify } from '../../notifications';
import { markReminded, signupsToRemind } from '../toolkit.repository';

/** A confirmed sign-up is reminded once, when its session starts within this many hours. */
export const REMINDER_LEAD_HOURS = 24;

/**
 * Remind everyone confirmed for a session that starts within REMINDER_LEAD_HOURS, once,
 * through the notifications module (in the app and by mail as the person chose). The
 * notification names only the training's page. Returns how many were reminded.
 */
export async function remindTrainings(deps: Pick<UseCaseDeps, 'db' | 'clock'>): Promise<number> {
  const now = deps.clock.now();
  const until = new Date(now.getTime() + REMINDER_LEAD_HOURS * 3_600_000);
  const due = await signupsToRemind(deps.db, now, until);
  for (const signup of due) {
    await deps.db.transaction().execute(async (trx) => {
      await markReminded(trx, signup.id, now);
      await notify(trx, {
        type: 'training.reminder',
        organisationId: signup.organisation_id,
        objectType: 'toolkit_item',
        objectId: signup.slug,
        at: new Date(signup.starts_at),
        ownerId: signup.person_id,
      });
      await audit(trx, systemActor(signup.organisation_id), 'training_signup.remind', {
        type: 'training_signup',
        id: signup.id,
      });
    });
  }
  return due.length;
}
