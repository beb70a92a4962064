import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../../db/database';
import { audit, personActor } from '../audit/audit';
import { AppError } from '../errors/app-error';
import { clearFailedLogins, lockAccount, reservePasswordAttempt } from './credentials.repository';

/** After this many wrong passwords in a row the account locks… */
export const MAX_FAILED_LOGINS = 5;
/** …for this long. */
export const LOCKOUT_MS = 15 * 60 * 1000;

/** argon2id with OWASP's recommended minimum cost (19 MiB, 2 iterations). */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verified when the e-mail address is unknown, so both cases take as long.
let dummyHash: Promise<string> | null = null;

/** Spend the time of a password check on nothing (unknown address, no password). */
export async function verifyNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password');
  await verify(await dummyHash, password).catch(() => false);
}

export const lockedError = () =>
  new AppError(
    'account_locked',
    'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.',
  );

/**
 * Check a person's password under the lockout. The attempt is counted before
 * the (slow) hash is verified, in one statement, so twenty wrong passwords sent
 * at once count twenty and only the first MAX_FAILED_LOGINS are even verified;
 * tries while locked count too, but are not verified.
 * Throws `invalid_credentials` (naming `field` when given) or `account_locked`.
 */
export async function checkPassword(
  db: Db,
  person: { id: string; passwordHash: string },
  password: string,
  context: { origin: string; action: 'login' | 'reauth'; field?: string },
): Promise<void> {
  const { attempt, locked } = await reservePasswordAttempt(db, person.id);
  if (locked) throw lockedError();
  if (attempt > MAX_FAILED_LOGINS) {
    // Parallel attempts beyond the limit: lock without spending a hash on them.
    await lockAccount(db, person.id, LOCKOUT_MS);
    throw lockedError();
  }
  const ok = await verify(person.passwordHash, password).catch(() => false);
  if (ok) {
    if (!(await clearFailedLogins(db, person.id))) throw lockedError();
    return;
  }
  const lock = attempt >= MAX_FAILED_LOGINS;
  await db.transaction().execute(async (trx) => {
    if (lock) await lockAccount(trx, person.id, LOCKOUT_MS);
    await audit(
      trx,
      personActor(null, person.id, context.origin),
      `${context.action}.${lock ? 'locked' : 'failed'}`,
      { type: 'person', id: person.id },
      'denied',
    );
  });
  if (lock) throw lockedError();
  if (context.field) {
    throw new AppError('invalid_credentials', 'Het huidige wachtwoord is onjuist.', {
      fields: [{ field: context.field, message: 'onjuist wachtwoord' }],
    });
  }
  throw new AppError('invalid_credentials', 'Het e-mailadres of wachtwoord is onjuist.');
}
