import { verify } from 'otplib';
import type { Db } from '../../db/database';
import type { KeyRing } from '../crypto/keyring';
import { AppError } from '../errors/app-error';
import { consumeTotpStep } from './credentials.repository';

/** The platform's key scope for TOTP secrets (they belong to a person, not an organisation). */
export const PLATFORM_KEY_OWNER = '00000000-0000-0000-0000-000000000000';
/** Accept the previous and next 30-second code (clock drift on phones). */
const TOTP_TOLERANCE_S = 30;

export type TotpOutcome = 'ok' | 'wrong' | 'replayed';

/**
 * Check a TOTP code and use it up: a code (its 30-second time step) is accepted
 * once per person, and never a code older than one accepted before, so a code
 * seen over someone's shoulder or in a proxy log is worthless (RFC 6238 §5.2).
 */
export async function verifyTotpOnce(
  db: Db,
  keyring: KeyRing,
  personId: string,
  secretEnc: string,
  code: string,
): Promise<TotpOutcome> {
  const secret = await keyring.decryptText(db, PLATFORM_KEY_OWNER, secretEnc);
  const result = await verify({ secret, token: code, epochTolerance: TOTP_TOLERANCE_S });
  // The functional API types HOTP and TOTP results together; ours is always TOTP.
  if (!result.valid || !('timeStep' in result)) return 'wrong';
  return (await consumeTotpStep(db, personId, result.timeStep)) ? 'ok' : 'replayed';
}

/** The problem details for a refused code, naming the field. */
export function totpCodeError(
  outcome: Exclude<TotpOutcome, 'ok'>,
  code: 'invalid_credentials' | 'validation_failed' = 'invalid_credentials',
): AppError {
  if (outcome === 'replayed') {
    return new AppError(code, 'Deze code is al gebruikt. Wacht op de volgende code in uw app.', {
      fields: [{ field: 'body.code', message: 'code al gebruikt' }],
    });
  }
  return new AppError(
    code,
    'De code is onjuist. Controleer de tijd op uw telefoon en probeer het opnieuw.',
    { fields: [{ field: 'body.code', message: 'onjuiste code' }] },
  );
}
