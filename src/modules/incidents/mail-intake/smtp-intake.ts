import fs from 'node:fs';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors/app-error';
import {
  type SmtpListener,
  SmtpRefusal,
  startSmtpListener,
} from '../../../platform/mail/smtp-listener';
import { MAX_EML_BYTES } from '../files/eml';
import { receiveForwardedMail, resolveIntakeRecipient } from '../use-cases/receive-forwarded-mail';

/**
 * The replies a sending mail server gets. They say why in plain words and name no
 * person or organisation, so probing the listener teaches nothing about who is a member.
 */
const REFUSALS = {
  unknown_recipient: new SmtpRefusal(550, '5.1.1 Onbekend adres voor doorgestuurde meldingen'),
  unknown_sender: new SmtpRefusal(
    550,
    '5.7.1 Alleen medewerkers van de organisatie kunnen naar dit adres doorsturen, vanaf het e-mailadres waarmee zij in Weerbaar staan',
  ),
  sender_mismatch: new SmtpRefusal(
    550,
    '5.7.1 De afzender in het bericht is niet het adres dat het bericht verstuurde',
  ),
  malformed: new SmtpRefusal(554, '5.6.0 Dit is geen leesbaar e-mailbericht'),
  too_large: new SmtpRefusal(552, '5.3.4 Het bericht is te groot'),
} as const;

/**
 * Start the SMTP listener for forwarded mail when SMTP_INTAKE_PORT is set (else null).
 * Recipients and senders are checked at RCPT, so a stranger's message is refused
 * before its data is even sent; what passes becomes a draft (receiveForwardedMail).
 */
export async function startMailIntake(
  deps: Pick<AppDeps, 'db' | 'keyring' | 'jobs' | 'logger' | 'config'>,
): Promise<SmtpListener | null> {
  const intake = deps.config.smtpIntake;
  if (!intake) return null;
  const tls =
    intake.tlsKeyFile && intake.tlsCertFile
      ? { key: fs.readFileSync(intake.tlsKeyFile), cert: fs.readFileSync(intake.tlsCertFile) }
      : undefined;
  const logger = deps.logger.child({ component: 'mail-intake' });
  return startSmtpListener({
    port: intake.port,
    host: deps.config.host,
    name: intake.domain,
    maxBytes: MAX_EML_BYTES,
    tls,
    logger,
    async acceptRecipient(sender, recipient) {
      const r = await resolveIntakeRecipient(deps, intake.domain, sender, recipient);
      if (!r.ok) throw REFUSALS[r.reason];
    },
    async acceptMessage(envelope, raw) {
      try {
        const result = await receiveForwardedMail(deps, intake.domain, envelope, raw);
        if (!result.ok) throw REFUSALS[result.reason];
        logger.info({ drafts: result.drafts.length }, 'forwarded mail kept as draft');
        return '2.0.0 Ontvangen: het bericht staat als concept klaar in Weerbaar';
      } catch (error) {
        if (error instanceof AppError && error.code === 'payload_too_large') {
          throw REFUSALS.too_large;
        }
        if (error instanceof AppError) throw REFUSALS.malformed;
        throw error;
      }
    },
  });
}
