import type { Db } from '../../../db/database';
import { audit, personActor } from '../../audit/audit';
import type { KeyRing } from '../../crypto/keyring';
import { AppError } from '../../errors/app-error';
import { updateEmail } from '../credentials.repository';
import { type ReauthInput, reauthenticate } from './reauthenticate';

/** Change the sign-in address after re-authentication. */
export async function changeEmail(
  db: Db,
  keyring: KeyRing,
  personId: string,
  input: ReauthInput & { email: string },
  origin: string,
): Promise<void> {
  await reauthenticate(db, keyring, personId, input, origin);
  const email = input.email.trim().toLowerCase();
  await db.transaction().execute(async (trx) => {
    if (!(await updateEmail(trx, personId, email))) {
      throw new AppError('conflict', 'Dit e-mailadres kan niet worden gebruikt.', {
        fields: [{ field: 'body.email', message: 'kan niet worden gebruikt' }],
      });
    }
    await audit(trx, personActor(null, personId, origin), 'email.changed', {
      type: 'person',
      id: personId,
    });
  });
}
