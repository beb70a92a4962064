import type { Db } from '../../../../db/database';
import { hashPassword } from '../../../../platform/auth/local-login';
import type { KeyRing } from '../../../../platform/crypto/keyring';
import { AppError } from '../../../../platform/errors/app-error';
import { findPersonByEmail, insertPerson } from '../../../../platform/identity';
import { completeAcceptance, openInvitation } from './accept-invitation';

/**
 * Accept an invitation for an address that has no account yet, by choosing a
 * name and password. An address that has an account must log in and accept
 * instead: a link never sets the password of an existing person.
 */
export async function registerByInvitation(
  deps: { db: Db; keyring: KeyRing },
  input: { token: string; displayName: string; password: string },
  origin: string,
) {
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction().execute(async (trx) => {
    const invitation = await openInvitation(trx, input.token);
    const email = await deps.keyring.decryptText(
      trx,
      invitation.organisation_id,
      invitation.email_enc,
    );
    if (await findPersonByEmail(trx, email)) {
      throw new AppError(
        'conflict',
        'Er is al een account voor dit e-mailadres. Log in en neem de uitnodiging daar aan.',
      );
    }
    const person = await insertPerson(trx, {
      email,
      displayName: input.displayName,
      passwordHash,
    });
    await completeAcceptance(trx, invitation, person.id, origin);
    return { email, organisationId: invitation.organisation_id };
  });
}
