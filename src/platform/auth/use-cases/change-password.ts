import type { Db } from '../../../db/database';
import { audit, personActor } from '../../audit/audit';
import type { KeyRing } from '../../crypto/keyring';
import {
  deleteLoginChallenges,
  deleteOtherSessions,
  updatePasswordHash,
} from '../credentials.repository';
import { hashPassword } from '../password-check';
import { assertStrongPassword } from '../password-policy';
import { type ReauthInput, reauthenticate } from './reauthenticate';

/**
 * Change the password after re-authentication. Every other session of the
 * person ends (whoever knew the old password is signed out); this one stays.
 */
export async function changePassword(
  db: Db,
  keyring: KeyRing,
  actor: { personId: string; email: string; displayName: string; sessionIdHash: string },
  input: ReauthInput & { newPassword: string },
  origin: string,
): Promise<{ endedSessions: number }> {
  // Judge the new password first: a refused one should not use up a TOTP code.
  await assertStrongPassword(input.newPassword, 'body.newPassword', actor);
  await reauthenticate(db, keyring, actor.personId, input, origin);
  const hash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, actor.personId, hash);
    const endedSessions = await deleteOtherSessions(trx, actor.personId, actor.sessionIdHash);
    await deleteLoginChallenges(trx, actor.personId);
    await audit(trx, personActor(null, actor.personId, origin), 'password.changed', {
      type: 'person',
      id: actor.personId,
    });
    return { endedSessions };
  });
}
