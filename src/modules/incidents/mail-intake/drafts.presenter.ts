import { amsterdamDate } from '../../../platform/time';
import { type Decrypt, parseSender } from '../incidents.presenter';
import type { DraftRow } from '../incidents.tables';

type DraftSummaryRow = Omit<
  DraftRow,
  'organisation_id' | 'person_id' | 'original_enc' | 'text_enc'
>;

/** The file name the kept message gets as evidence, e.g. doorgestuurde-e-mail-2026-11-30.eml. */
export function draftFileName(receivedAt: Date): string {
  return `doorgestuurde-e-mail-${amsterdamDate(new Date(receivedAt))}.eml`;
}

/** A draft as its person sees it in the list: what the original said, and its hash. */
export async function presentDraftSummary(row: DraftSummaryRow, decrypt: Decrypt) {
  const sender = parseSender(await decrypt(row.email_sender_enc));
  return {
    id: row.id,
    receivedAt: new Date(row.received_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
    forwardFound: row.forward_found,
    email: {
      senderAddress: sender.address,
      senderName: sender.name,
      subject: await decrypt(row.email_subject_enc),
      sentAt: row.email_sent_at ? new Date(row.email_sent_at).toISOString() : null,
    },
    original: {
      fileName: draftFileName(row.received_at),
      sizeBytes: row.original_size_bytes,
      sha256: row.original_sha256,
    },
  };
}

/** A draft with the text that pre-fills the narrative. */
export async function presentDraftDetail(
  row: DraftSummaryRow & Pick<DraftRow, 'text_enc'>,
  decrypt: Decrypt,
) {
  return {
    ...(await presentDraftSummary(row, decrypt)),
    text: (await decrypt(row.text_enc)) ?? '',
  };
}
