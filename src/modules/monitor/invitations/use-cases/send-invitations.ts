import type { AppDeps } from '../../../../platform/deps';
import { MAX_REMINDERS, REMINDER_INTERVAL_DAYS } from '../../monitor.constants';
import { findWave } from '../../waves/waves.repository';
import { invitationMail, surveyUrl } from '../invitation-mail';
import { listDueReminders, listUnsent, markMailed } from '../invitations.repository';

/** Mails handled per database round trip. */
const MAIL_BATCH = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

type MailDeps = Pick<AppDeps, 'db' | 'keyring' | 'mailer' | 'config' | 'logger'>;

/** Send the first mail to every invitee of a wave in the field who has not had one. */
export async function sendInvitations(
  deps: MailDeps,
  organisationId: string,
  waveId: string,
  now = new Date(),
): Promise<number> {
  const wave = await findWave(deps.db, organisationId, waveId);
  if (wave?.status !== 'fielding') return 0;
  let sent = 0;
  for (;;) {
    const batch = await listUnsent(deps.db, organisationId, waveId, MAIL_BATCH);
    if (batch.length === 0) break;
    for (const inv of batch) {
      const email = await deps.keyring.decryptText(deps.db, organisationId, inv.email_enc!);
      const token = await deps.keyring.decryptText(deps.db, organisationId, inv.token_enc!);
      await deps.mailer.send(
        invitationMail(email, {
          title: wave.title,
          fieldEnd: wave.field_end,
          url: surveyUrl(deps.config.publicUrl, token),
          reminder: false,
          synthetic: wave.synthetic,
        }),
      );
      await markMailed(deps.db, organisationId, inv.id, now, false);
      sent++;
    }
  }
  deps.logger.info({ waveId, sent }, 'monitor invitations sent');
  return sent;
}

/**
 * Remind invitees who have not answered, REMINDER_INTERVAL_DAYS after their
 * last mail, at most MAX_REMINDERS times. `now` is a parameter so tests need no clock.
 */
export async function sendReminders(deps: MailDeps, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - REMINDER_INTERVAL_DAYS * DAY_MS);
  let sent = 0;
  for (;;) {
    const due = await listDueReminders(deps.db, cutoff, MAX_REMINDERS, MAIL_BATCH);
    if (due.length === 0) break;
    for (const inv of due) {
      const email = await deps.keyring.decryptText(deps.db, inv.organisation_id, inv.email_enc!);
      const token = await deps.keyring.decryptText(deps.db, inv.organisation_id, inv.token_enc!);
      await deps.mailer.send(
        invitationMail(email, {
          title: inv.title,
          fieldEnd: inv.field_end,
          url: surveyUrl(deps.config.publicUrl, token),
          reminder: true,
          synthetic: inv.synthetic,
        }),
      );
      await markMailed(deps.db, inv.organisation_id, inv.id, now, true);
      sent++;
    }
  }
  if (sent > 0) deps.logger.info({ sent }, 'monitor reminders sent');
  return sent;
}
