import { audit, systemActor } from '../../../platform/audit/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors/app-error';
import { MAX_EML_BYTES } from '../files/eml';
import { serialiseSender } from '../incidents.presenter';
import { NOTIFY_DRAFT_QUEUE } from '../jobs/queues';
import {
  findIntakeOrganisations,
  findReportingMember,
  insertDraft,
} from '../mail-intake/drafts.repository';
import { readForwardedMail } from '../mail-intake/forwarded-message';
import { parseIntakeAddress, sameAddress } from '../mail-intake/intake-address';
import { sha256Hex } from './store-attachments';

/** A draft nobody completes is deleted after this many days. */
export const DRAFT_TTL_DAYS = 30;

type IntakeDeps = Pick<AppDeps, 'db' | 'keyring' | 'jobs'>;

export type IntakeRecipient =
  | { ok: true; organisationId: string; personId: string }
  | { ok: false; reason: 'unknown_recipient' | 'unknown_sender' };

/**
 * Who a forwarded mail is for: the organisation the intake address names (with
 * intake switched on), and the member of it whose address sent the mail. Anyone
 * else may not leave anything in Weerbaar.
 */
export async function resolveIntakeRecipient(
  deps: Pick<AppDeps, 'db'>,
  domain: string,
  sender: string,
  recipient: string,
): Promise<IntakeRecipient> {
  const tag = parseIntakeAddress(recipient, domain);
  if (!tag) return { ok: false, reason: 'unknown_recipient' };
  const orgs = await findIntakeOrganisations(deps.db, tag);
  if (orgs.length !== 1) return { ok: false, reason: 'unknown_recipient' };
  const organisationId = orgs[0]!.id;
  const member = sender ? await findReportingMember(deps.db, organisationId, sender) : undefined;
  if (!member) return { ok: false, reason: 'unknown_sender' };
  return { ok: true, organisationId, personId: member.id };
}

export type ReceiveResult =
  | { ok: true; drafts: { organisationId: string; id: string }[] }
  | { ok: false; reason: 'unknown_recipient' | 'unknown_sender' | 'sender_mismatch' };

/**
 * Keep a forwarded mail as a private draft for the member who sent it, one per
 * organisation addressed. The message as received is stored encrypted with its
 * SHA-256; the forwarded original inside pre-fills the draft. The header From of the
 * forwarding mail must be the envelope sender: a mismatch is the plainest sign of
 * spoofing. Throws AppError (unprocessable / payload_too_large) for a message that
 * cannot be read; then nothing is stored.
 */
export async function receiveForwardedMail(
  deps: IntakeDeps,
  domain: string,
  envelope: { sender: string; recipients: readonly string[]; sessionId: string },
  raw: Buffer,
  now = new Date(),
): Promise<ReceiveResult> {
  if (raw.length > MAX_EML_BYTES) {
    throw new AppError('payload_too_large', 'Het bericht is te groot.');
  }
  // Checked again here, not only at RCPT: membership may have changed since.
  const targets = new Map<string, string>();
  for (const recipient of envelope.recipients) {
    const r = await resolveIntakeRecipient(deps, domain, envelope.sender, recipient);
    if (!r.ok) return r;
    targets.set(r.organisationId, r.personId);
  }
  if (targets.size === 0) return { ok: false, reason: 'unknown_recipient' };
  const mail = await readForwardedMail(raw);
  if (!sameAddress(mail.forwarder, envelope.sender))
    return { ok: false, reason: 'sender_mismatch' };

  const sha256 = sha256Hex(raw);
  const { original } = mail;
  const expiresAt = new Date(now.getTime() + DRAFT_TTL_DAYS * 24 * 3600 * 1000);
  const drafts = await deps.db.transaction().execute(async (trx) => {
    const made: { organisationId: string; id: string }[] = [];
    for (const [organisationId, personId] of targets) {
      const sealText = (text: string | null) =>
        text ? deps.keyring.encryptText(trx, organisationId, text) : Promise.resolve(null);
      const row = await insertDraft(trx, {
        organisation_id: organisationId,
        person_id: personId,
        original_enc: await deps.keyring.encryptBytes(trx, organisationId, raw),
        original_sha256: sha256,
        original_size_bytes: raw.length,
        forward_found: mail.found,
        email_sender_enc: await sealText(
          serialiseSender(original.senderAddress, original.senderName),
        ),
        email_subject_enc: await sealText(original.subject),
        email_sent_at: original.sentAt ? new Date(original.sentAt) : null,
        text_enc: await sealText(original.text || null),
        expires_at: expiresAt,
      });
      // The sender is not authenticated (mail can be spoofed): the system received it.
      await audit(
        trx,
        systemActor(organisationId, `smtp:${envelope.sessionId}`),
        'incident.draft.receive',
        { type: 'incident_draft', id: row.id },
      );
      await deps.jobs.enqueue(trx, NOTIFY_DRAFT_QUEUE, { organisationId, draftId: row.id });
      made.push({ organisationId, id: row.id });
    }
    return made;
  });
  return { ok: true, drafts };
}
