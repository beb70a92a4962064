import { audit, systemActor } from '../../audit/audit';
import { logMail } from '../../mail/mail-log';
import type { UseCaseDeps } from '../../use-case';
import { newSecret, sha256 } from '../tokens';
import { PLATFORM_KEY_OWNER } from '../totp';
import { findResettablePerson, insertPasswordReset } from './password-reset.repository';
import { PASSWORD_RESET_PAGE, passwordResetMail } from './password-reset-mail';

/** A reset link works this long. */
export const PASSWORD_RESET_TTL_MS = 30 * 60 * 1000;
/** The job that looks the address up and mails the link. */
export const PASSWORD_RESET_QUEUE = 'auth.password_reset';

/**
 * Accept a reset request. The request itself does the same work for every address: it only
 * queues the (encrypted) address, so its answer and timing tell nothing about whether the
 * address has an account. The job looks it up and mails a link when it does.
 */
export async function requestPasswordReset(deps: UseCaseDeps, email: string): Promise<void> {
  const normalised = email.trim().toLowerCase();
  await deps.db.transaction().execute(async (trx) => {
    const emailEnc = await deps.keyring.encryptText(trx, PLATFORM_KEY_OWNER, normalised);
    await deps.jobs.enqueue(trx, PASSWORD_RESET_QUEUE, { emailEnc });
  });
}

/** The job: create a single-use link (only its hash is stored) and mail it. */
export async function sendPasswordReset(
  deps: UseCaseDeps,
  payload: Record<string, unknown>,
): Promise<void> {
  if (typeof payload.emailEnc !== 'string') return;
  const email = await deps.keyring.decryptText(deps.db, PLATFORM_KEY_OWNER, payload.emailEnc);
  const token = newSecret('wbr');
  const now = deps.clock.now();
  const person = await deps.db.transaction().execute(async (trx) => {
    const found = await findResettablePerson(trx, email);
    if (!found) return null;
    await insertPasswordReset(trx, {
      tokenHash: sha256(token),
      personId: found.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS),
    });
    // The audit entry names the person by id only, never the address.
    await audit(trx, systemActor(null), 'password.reset_requested', {
      type: 'person',
      id: found.id,
    });
    return found;
  });
  if (!person) return;
  const messageId = await deps.mailer.send(
    passwordResetMail({
      to: person.email,
      link: `${deps.config.publicUrl}${PASSWORD_RESET_PAGE}#${token}`,
      validMinutes: PASSWORD_RESET_TTL_MS / 60_000,
    }),
  );
  await logMail(deps.db, null, 'password_reset', messageId);
}
