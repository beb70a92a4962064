import type { Db } from '../../../db/database';
import { audit, personActor } from '../../audit/audit';
import type { KeyRing } from '../../crypto/keyring';
import { AppError } from '../../errors/app-error';
import { disableTotp } from '../credentials.repository';
import { reauthenticate } from './reauthenticate';

/** Switch the second factor off: only with the current password and a fresh code. */
export async function disableSecondFactor(
  db: Db,
  keyring: KeyRing,
  personId: string,
  input: { currentPassword: string; code: string },
  origin: string,
): Promise<void> {
  const person = await reauthenticate(db, keyring, personId, input, origin);
  if (!person.totp_enabled) throw new AppError('conflict', 'De tweede stap staat niet aan.');
  await db.transaction().execute(async (trx) => {
    await disableTotp(trx, personId);
    await audit(trx, personActor(null, personId, origin), 'totp.disabled', {
      type: 'person',
      id: personId,
    });
  });
}
