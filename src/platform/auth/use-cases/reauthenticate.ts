import type { Db } from '../../../db/database';
import type { KeyRing } from '../../crypto/keyring';
import { AppError } from '../../errors/app-error';
import { type CredentialRow, findCredentials } from '../credentials.repository';
import { checkPassword } from '../password-check';
import { totpCodeError, verifyTotpOnce } from '../totp';

/** What a person sends to prove it is really them before a sensitive change. */
export interface ReauthInput {
  currentPassword: string;
  /** Required when the person has TOTP enabled. */
  code?: string;
}

/**
 * Prove the person at the keyboard knows the current password (and, when
 * enrolled, a fresh TOTP code): a session left open or stolen is not enough to
 * take over the account. Wrong passwords count towards the lockout like logins.
 */
export async function reauthenticate(
  db: Db,
  keyring: KeyRing,
  personId: string,
  input: ReauthInput,
  origin: string,
): Promise<CredentialRow> {
  const person = await findCredentials(db, { id: personId });
  if (!person?.password_hash) {
    throw new AppError(
      'forbidden',
      'Dit account heeft geen wachtwoord: u logt in via uw organisatie. Wijzig uw gegevens daar.',
    );
  }
  await checkPassword(
    db,
    { id: person.id, passwordHash: person.password_hash },
    input.currentPassword,
    {
      origin,
      action: 'reauth',
      field: 'body.currentPassword',
    },
  );
  if (person.totp_enabled && person.totp_secret_enc) {
    if (!input.code) {
      throw new AppError('totp_required', 'Vul ook de code uit uw app in.', {
        fields: [{ field: 'body.code', message: 'code nodig' }],
      });
    }
    const outcome = await verifyTotpOnce(
      db,
      keyring,
      person.id,
      person.totp_secret_enc,
      input.code,
    );
    if (outcome !== 'ok') throw totpCodeError(outcome);
  }
  return person;
}
