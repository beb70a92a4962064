import type { Db } from '../../../db/database';
import type { KeyRing } from '../../crypto/keyring';
import { AppError } from '../../errors/app-error';
import { findCredentials } from '../credentials.repository';
import { startTotpEnrolment } from '../local-login';
import { reauthenticate } from './reauthenticate';

/**
 * Start linking an authenticator app: only with the current password, so a session left
 * open cannot bind a second factor of someone else's choosing to the account (and lock its
 * owner out). A person who already has one removes it first (which also asks for a code).
 */
export async function startSecondFactor(
  db: Db,
  keyring: KeyRing,
  person: { personId: string; email: string },
  input: { currentPassword: string },
  origin: string,
) {
  const row = await findCredentials(db, { id: person.personId });
  if (row?.totp_enabled) {
    throw new AppError(
      'conflict',
      'De tweede stap staat al aan. Schakel hem eerst uit om een nieuwe app te koppelen.',
    );
  }
  await reauthenticate(db, keyring, person.personId, input, origin);
  return startTotpEnrolment(db, keyring, person.personId, person.email);
}
