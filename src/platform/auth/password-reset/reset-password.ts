import { audit, personActor } from '../../audit/audit';
import { AppError } from '../../errors/app-error';
import { findPerson } from '../../identity';
import type { UseCaseDeps } from '../../use-case';
import { deleteLoginChallenges, updatePasswordHash } from '../credentials.repository';
import { hashPassword } from '../password-check';
import { assertStrongPassword } from '../password-policy';
import { sha256 } from '../tokens';
import { consumePasswordReset, deleteAllSessions } from './password-reset.repository';

const LINK_MESSAGES = {
  unknown: 'Deze link werkt niet. Vraag een nieuwe link aan.',
  expired: 'Deze link is verlopen (hij werkt 30 minuten). Vraag een nieuwe link aan.',
  used: 'Deze link is al gebruikt. Vraag een nieuwe link aan als u opnieuw een wachtwoord wilt kiezen.',
} as const;

/**
 * Set a new password with a mailed reset link. The link is used up in the same transaction
 * that changes the password; every session of the person ends (also one an attacker may
 * hold), and so do pending second-factor steps. The account's lockout is lifted.
 */
export async function resetPassword(
  deps: UseCaseDeps,
  input: { token: string; newPassword: string },
  origin: string,
): Promise<{ endedSessions: number }> {
  const tokenHash = sha256(input.token);
  const now = deps.clock.now();
  // A weak password throws inside the transaction: the link stays unused.
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const consumed = await consumePasswordReset(trx, tokenHash, now);
    if (typeof consumed === 'string') return consumed;
    const person = await findPerson(trx, consumed.personId);
    await assertStrongPassword(input.newPassword, 'body.newPassword', {
      email: person?.email,
      displayName: person?.display_name,
    });
    await updatePasswordHash(trx, consumed.personId, await hashPassword(input.newPassword));
    const endedSessions = await deleteAllSessions(trx, consumed.personId);
    await deleteLoginChallenges(trx, consumed.personId);
    await audit(trx, personActor(null, consumed.personId, origin), 'password.reset', {
      type: 'person',
      id: consumed.personId,
    });
    return { endedSessions };
  });
  if (typeof outcome === 'string') {
    throw new AppError('unprocessable', LINK_MESSAGES[outcome], {
      fields: [{ field: 'body.token', message: LINK_MESSAGES[outcome] }],
      extra: { reason: `link_${outcome}` },
    });
  }
  return outcome;
}
