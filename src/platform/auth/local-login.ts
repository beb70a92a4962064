import { generateSecret, generateURI } from 'otplib';
import type { Db } from '../../db/database';
import { audit, personActor } from '../audit/audit';
import type { KeyRing } from '../crypto/keyring';
import { AppError } from '../errors/app-error';
import { onlyDeactivatedMemberships } from '../identity';
import { findCredentials, reserveTotpAttempt } from './credentials.repository';
import { checkPassword, verifyNothing } from './password-check';
import { createSession } from './session-store';
import { newSecret, sha256 } from './tokens';
import { PLATFORM_KEY_OWNER, totpCodeError, verifyTotpOnce } from './totp';

export { hashPassword, LOCKOUT_MS, MAX_FAILED_LOGINS } from './password-check';

/** A password step is valid for a second factor this long, and this many tries. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
export const MAX_TOTP_ATTEMPTS = 5;

export type LoginOutcome =
  | { status: 'ok'; token: string; csrfToken: string; personId: string }
  | { status: 'totp_required'; challenge: string };

export async function loginWithPassword(
  db: Db,
  email: string,
  password: string,
  origin: string,
  /** Browser and system of the session (deviceLabel), for the person's session list. */
  device: string | null = null,
): Promise<LoginOutcome> {
  const person = await findCredentials(db, { email: email.trim().toLowerCase() });
  if (!person?.password_hash) {
    await verifyNothing(password);
    throw new AppError('invalid_credentials', 'Het e-mailadres of wachtwoord is onjuist.');
  }
  await checkPassword(db, { id: person.id, passwordHash: person.password_hash }, password, {
    origin,
    action: 'login',
  });
  // Checked after the password, so only the account's owner learns this.
  await refuseDeactivatedOnly(db, person.id);
  if (person.totp_enabled) {
    const challenge = newSecret('wbl', 24);
    await db
      .insertInto('login_challenge')
      .values({
        id_hash: sha256(challenge),
        person_id: person.id,
        expires_at: new Date(Date.now() + CHALLENGE_TTL_MS),
      })
      .execute();
    return { status: 'totp_required', challenge };
  }
  return finishLogin(db, person.id, origin, false, device);
}

/**
 * A person whose every organisation is deactivated has nowhere to work: refused (ADR 0034).
 * A platform admin keeps signing in; so does someone without any membership yet.
 */
async function refuseDeactivatedOnly(db: Db, personId: string): Promise<void> {
  const admin = await db
    .selectFrom('person')
    .select('is_platform_admin')
    .where('id', '=', personId)
    .executeTakeFirst();
  if (admin?.is_platform_admin) return;
  if (await onlyDeactivatedMemberships(db, personId)) {
    throw new AppError(
      'forbidden',
      'Uw organisatie gebruikt Weerbaar op dit moment niet. Neem contact op met uw beheerder.',
      { extra: { reason: 'organisation_deactivated' } },
    );
  }
}

async function finishLogin(
  db: Db,
  personId: string,
  origin: string,
  secondFactor: boolean,
  device: string | null,
): Promise<LoginOutcome> {
  return db.transaction().execute(async (trx) => {
    // Whether TOTP was used decides platform-admin rights (ADR 0021).
    const session = await createSession(trx, personId, 'local', { secondFactor, device });
    await audit(trx, personActor(null, personId, origin), 'login.succeeded', {
      type: 'person',
      id: personId,
    });
    return { status: 'ok' as const, ...session, personId };
  });
}

export async function loginWithTotp(
  db: Db,
  keyring: KeyRing,
  challenge: string,
  code: string,
  origin: string,
  device: string | null = null,
): Promise<LoginOutcome> {
  const idHash = sha256(challenge);
  const row = await reserveTotpAttempt(db, idHash, MAX_TOTP_ATTEMPTS);
  if (!row?.totp_secret_enc) {
    throw new AppError('unauthenticated', 'Deze inlogpoging is verlopen. Log opnieuw in.');
  }
  const outcome = await verifyTotpOnce(db, keyring, row.person_id, row.totp_secret_enc, code);
  if (outcome !== 'ok') throw totpCodeError(outcome);
  await db.deleteFrom('login_challenge').where('id_hash', '=', idHash).execute();
  return finishLogin(db, row.person_id, origin, true, device);
}

/**
 * Start TOTP enrolment: store an encrypted, not yet enabled secret and return it
 * for the app. Refused while TOTP is on: replacing the secret would switch the
 * second factor off without the checks of disabling it.
 */
export async function startTotpEnrolment(
  db: Db,
  keyring: KeyRing,
  personId: string,
  email: string,
) {
  const secret = generateSecret();
  const enc = await keyring.encryptText(db, PLATFORM_KEY_OWNER, secret);
  const result = await db
    .updateTable('person')
    .set({ totp_secret_enc: enc, totp_enabled: false })
    .where('id', '=', personId)
    .where('totp_enabled', '=', false)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    throw new AppError(
      'conflict',
      'De tweede stap staat al aan. Schakel hem eerst uit om een nieuwe app te koppelen.',
    );
  }
  return { secret, otpauthUrl: generateURI({ issuer: 'Weerbaar', label: email, secret }) };
}

/** Enable TOTP once the person proves their app produces the right code (which is then used up). */
export async function confirmTotpEnrolment(
  db: Db,
  keyring: KeyRing,
  personId: string,
  code: string,
) {
  const row = await findCredentials(db, { id: personId });
  if (!row?.totp_secret_enc)
    throw new AppError('conflict', 'Start eerst het instellen van de tweede stap.');
  const outcome = await verifyTotpOnce(db, keyring, personId, row.totp_secret_enc, code);
  if (outcome !== 'ok') throw totpCodeError(outcome, 'validation_failed');
  await db.updateTable('person').set({ totp_enabled: true }).where('id', '=', personId).execute();
}

export { PLATFORM_KEY_OWNER };
