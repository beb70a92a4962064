import { audit, systemActor } from '../../../platform/audit/audit';
import type { UseCaseContext } from '../../../platform/use-case';
import { notify } from '../../notifications';
import { countConfirmed } from '../toolkit.repository';
import type { TrainingSessionRow } from '../toolkit.tables';
import { confirmFromWaitingList } from '../training.repository';

type Trx = UseCaseContext['db'];

/**
 * Fill the session's free places from its waiting list, first come first served, and tell
 * each person moved up through their notifications (kind and the training's page only).
 * Call it inside the transaction that freed the places, holding the session row's lock
 * (visibleSession takes it), so concurrent cancels and sign-ups never over-fill a session.
 * The promotion is audited in the person's own organisation's chain as the system's doing:
 * a national session's waiting list holds people of other organisations.
 */
export async function moveUpFromWaitingList(
  ctx: Pick<UseCaseContext, 'clock'>,
  trx: Trx,
  session: TrainingSessionRow,
  itemSlug: string,
): Promise<number> {
  if (session.cancelled_at !== null) return 0;
  const free = session.capacity - (await countConfirmed(trx, session.id));
  const promoted = await confirmFromWaitingList(trx, session.id, free);
  for (const signup of promoted) {
    await notify(trx, {
      type: 'training.promoted',
      organisationId: signup.organisation_id,
      objectType: 'toolkit_item',
      objectId: itemSlug,
      at: ctx.clock.now(),
      ownerId: signup.person_id,
    });
    await audit(trx, systemActor(signup.organisation_id), 'training_signup.promote', {
      type: 'training_signup',
      id: signup.id,
    });
  }
  return promoted.length;
}
