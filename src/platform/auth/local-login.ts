import { hash, verify } from '@node-rs/argon2';
import { generateSecret, generateURI, verify as verifyTotp } from 'otplib';
import type { Db } from '../../db/database';
import { appendAudit } from '../audit/audit-log';
import type { KeyRing } from '../crypto/keyring';
import { AppError } from '../errors/app-error';
import { createSession } from './session-store';
import { newSecret, sha256 } from './tokens';

/** After this many wrong passwords in a row the account locks… */
export const MAX_FAILED_LOGINS = 5;
/** …for this long. */
export const LOCKOUT_MS = 15 * 60 * 1000;
/** A password step is valid for a second factor this long, and this many tries. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
export const MAX_TOTP_ATTEMPTS = 5;
/** Accept the previous and next 30-second code (clock drift on phones). */
const TOTP_TOLERANCE_S = 30;
/** The platform's key scope for TOTP secrets (they belong to a person, not an organisation). */
const PLATFORM_KEY_OWNER = '00000000-0000-0000-0000-000000000000';

/** argon2id with OWASP's recommended minimum cost (19 MiB, 2 iterations). */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verified when the e-mail address is unknown, so both cases take as long.
let dummyHash: Promise<string> | null = null;

export type LoginOutcome =
  | { status: 'ok'; token: string; csrfToken: string; personId: string }
  | { status: 'totp_required'; challenge: string };

export async function loginWithPassword(
  db: Db,
  email: string,
  password: string,
  origin: string,
): Promise<LoginOutcome> {
  const person = await db
    .selectFrom('person')
    .select(['id', 'password_hash', 'locked_until', 'failed_logins', 'totp_enabled'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  if (!person?.password_hash) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verify(await dummyHash, password).catch(() => false);
    throw new AppError('invalid_credentials', 'Het e-mailadres of wachtwoord is onjuist.');
  }
  if (person.locked_until && new Date(person.locked_until).getTime() > Date.now()) {
    throw new AppError(
      'account_locked',
      'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.',
    );
  }
  const ok = await verify(person.password_hash, password).catch(() => false);
  if (!ok) {
    const failed = person.failed_logins + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('person')
        .set({
          failed_logins: lock ? 0 : failed,
          locked_until: lock ? new Date(Date.now() + LOCKOUT_MS) : null,
        })
        .where('id', '=', person.id)
        .execute();
      await appendAudit(trx, {
        organisationId: null,
        actorType: 'person',
        actorId: person.id,
        action: lock ? 'login.locked' : 'login.failed',
        objectType: 'person',
        objectId: person.id,
        result: 'denied',
        origin,
      });
    });
    if (lock)
      throw new AppError(
        'account_locked',
        'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.',
      );
    throw new AppError('invalid_credentials', 'Het e-mailadres of wachtwoord is onjuist.');
  }
  await db
    .updateTable('person')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', person.id)
    .execute();
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
  return finishLogin(db, person.id, origin, false);
}

async function finishLogin(
  db: Db,
  personId: string,
  origin: string,
  secondFactor: boolean,
): Promise<LoginOutcome> {
  return db.transaction().execute(async (trx) => {
    // Whether TOTP was used decides platform-admin rights (ADR 0021).
    const session = await createSession(trx, personId, 'local', { secondFactor });
    await appendAudit(trx, {
      organisationId: null,
      actorType: 'person',
      actorId: personId,
      action: 'login.succeeded',
      objectType: 'person',
      objectId: personId,
      result: 'success',
      origin,
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
): Promise<LoginOutcome> {
  const idHash = sha256(challenge);
  const row = await db
    .selectFrom('login_challenge')
    .innerJoin('person', 'person.id', 'login_challenge.person_id')
    .select([
      'login_challenge.person_id',
      'login_challenge.attempts',
      'login_challenge.expires_at',
      'person.totp_secret_enc',
    ])
    .where('login_challenge.id_hash', '=', idHash)
    .executeTakeFirst();
  if (
    !row ||
    new Date(row.expires_at).getTime() < Date.now() ||
    row.attempts >= MAX_TOTP_ATTEMPTS ||
    !row.totp_secret_enc
  ) {
    throw new AppError('unauthenticated', 'Deze inlogpoging is verlopen. Log opnieuw in.');
  }
  const secret = await keyring.decryptText(db, PLATFORM_KEY_OWNER, row.totp_secret_enc);
  const result = await verifyTotp({ secret, token: code, epochTolerance: TOTP_TOLERANCE_S });
  if (!result.valid) {
    await db
      .updateTable('login_challenge')
      .set({ attempts: row.attempts + 1 })
      .where('id_hash', '=', idHash)
      .execute();
    throw new AppError(
      'invalid_credentials',
      'De code is onjuist. Controleer de tijd op uw telefoon en probeer het opnieuw.',
      {
        fields: [{ field: 'body.code', message: 'onjuiste code' }],
      },
    );
  }
  await db.deleteFrom('login_challenge').where('id_hash', '=', idHash).execute();
  return finishLogin(db, row.person_id, origin, true);
}

/** Start TOTP enrolment: store an encrypted, not yet enabled secret and return it for the app. */
export async function startTotpEnrolment(
  db: Db,
  keyring: KeyRing,
  personId: string,
  email: string,
) {
  const secret = generateSecret();
  const enc = await keyring.encryptText(db, PLATFORM_KEY_OWNER, secret);
  await db
    .updateTable('person')
    .set({ totp_secret_enc: enc, totp_enabled: false })
    .where('id', '=', personId)
    .execute();
  return { secret, otpauthUrl: generateURI({ issuer: 'Weerbaar', label: email, secret }) };
}

/** Enable TOTP once the person proves their app produces the right code. */
export async function confirmTotpEnrolment(
  db: Db,
  keyring: KeyRing,
  personId: string,
  code: string,
) {
  const row = await db
    .selectFrom('person')
    .select(['totp_secret_enc'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!row?.totp_secret_enc)
    throw new AppError('conflict', 'Start eerst het instellen van de tweede stap.');
  const secret = await keyring.decryptText(db, PLATFORM_KEY_OWNER, row.totp_secret_enc);
  const result = await verifyTotp({ secret, token: code, epochTolerance: TOTP_TOLERANCE_S });
  if (!result.valid) {
    throw new AppError('validation_failed', 'De code is onjuist.', {
      fields: [{ field: 'body.code', message: 'onjuiste code' }],
    });
  }
  await db.updateTable('person').set({ totp_enabled: true }).where('id', '=', personId).execute();
}

export { PLATFORM_KEY_OWNER };
