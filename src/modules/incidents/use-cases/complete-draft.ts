import { audit } from '../../../platform/audit/audit';
import { AppError } from '../../../platform/errors/app-error';
import { spoolBuffer } from '../../../platform/files/upload-spool';
import type { UseCaseContext } from '../../../platform/use-case';
import { parseSender } from '../incidents.presenter';
import { draftFileName } from '../mail-intake/drafts.presenter';
import { deleteDraft, findDraftOriginal } from '../mail-intake/drafts.repository';
import type { ReportBody } from '../report.schemas';
import { personIdOf, unseal } from './context';
import { draftNotFound } from './my-drafts';
import { type ReportReceipt, reportIncident } from './report-incident';
import { sha256Hex, type UploadedFile } from './store-attachments';

/** Limits of the e-mail details a report accepts (report.schemas EmailDetails). */
const MAX_SENDER = 320;
const MAX_SENDER_NAME = 200;
const MAX_SUBJECT = 1000;
/** A sent date further ahead than this is wrong (a forged Date header): leave it out. */
const CLOCK_SKEW_MS = 5 * 60_000;

const cut = (text: string | null | undefined, max: number) =>
  text ? text.slice(0, max) : undefined;

/**
 * The person completes a forwarded e-mail into a report. The message as received
 * becomes the report's .eml evidence with the hash recorded at receipt (checked again
 * here), the original's sender, subject and date fill what the form left empty, and
 * the draft is deleted in the report's own transaction: either both happen or neither.
 */
export async function completeDraft(
  ctx: UseCaseContext,
  draftId: string,
  input: ReportBody,
  uploads: readonly UploadedFile[] = [],
  options: { idempotencyKey?: string; now?: Date } = {},
): Promise<ReportReceipt> {
  const personId = personIdOf(ctx);
  if (!personId) throw draftNotFound();
  const org = ctx.scope.organisationId;
  const draft = await findDraftOriginal(ctx.db, org, personId, draftId);
  if (!draft) throw draftNotFound();
  const data = await ctx.keyring.decryptBytes(ctx.db, org, draft.original_enc);
  if (sha256Hex(data) !== draft.original_sha256) {
    // AES-GCM already authenticates the bytes; this guards the hash column itself.
    throw new AppError('internal', 'Het bewaarde bericht klopt niet met zijn vingerafdruk.');
  }
  const sender = parseSender(await unseal(ctx.db, ctx.keyring, org, draft.email_sender_enc));
  const subject = await unseal(ctx.db, ctx.keyring, org, draft.email_subject_enc);
  const now = options.now ?? new Date();
  const sent = draft.email_sent_at ? new Date(draft.email_sent_at) : null;
  const email = {
    senderAddress: input.email?.senderAddress ?? cut(sender.address, MAX_SENDER),
    senderName: input.email?.senderName ?? cut(sender.name, MAX_SENDER_NAME),
    subject: input.email?.subject ?? cut(subject, MAX_SUBJECT),
    sentAt:
      input.email?.sentAt ??
      (sent && sent.getTime() <= now.getTime() + CLOCK_SKEW_MS ? sent.toISOString() : undefined),
  };
  const original: UploadedFile = {
    fileName: draftFileName(draft.received_at),
    file: spoolBuffer(data),
    field: 'draft',
  };
  return reportIncident(ctx, { ...input, email }, [original, ...uploads], {
    idempotencyKey: options.idempotencyKey,
    now,
    source: 'mailbox',
    emailFromUploads: false,
    async beforeCommit(trx) {
      // Completed or discarded meanwhile (another tab): the report must not stay either.
      if (!(await deleteDraft(trx, org, personId, draftId))) throw draftNotFound();
      await audit(trx, ctx, 'incident.draft.complete', { type: 'incident_draft', id: draftId });
    },
  });
}
