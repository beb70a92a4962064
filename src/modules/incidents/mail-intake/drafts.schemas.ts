import { z } from 'zod';
import { OrgParams } from '../common.schemas';

export const DraftParams = OrgParams.extend({ draftId: z.uuid().describe('Draft id') });

const draftShape = {
  id: z.uuid(),
  receivedAt: z.string().describe('When Weerbaar received the forwarded mail'),
  expiresAt: z.string().describe('The draft is deleted at this moment unless completed'),
  forwardFound: z
    .enum(['attachment', 'inline', 'none'])
    .describe(
      'Where the forwarded original was found: attached, inline, or not at all (then the fields come from the forwarding mail and need checking)',
    ),
  email: z
    .object({
      senderAddress: z.string().nullable().describe('Sender of the forwarded original'),
      senderName: z.string().nullable(),
      subject: z.string().nullable(),
      sentAt: z.string().nullable().describe('When the original was sent'),
    })
    .describe('What the forwarded original said (pre-fills the report)'),
  original: z
    .object({
      fileName: z.string().describe('Name the message gets as evidence (.eml)'),
      sizeBytes: z.number().int(),
      sha256: z.string().describe('SHA-256 of the message exactly as received (hex)'),
    })
    .describe('The whole message as received, kept encrypted; it becomes the report’s evidence'),
};

/** One forwarded e-mail waiting to be completed, as its person sees it in a list. */
export const DraftSummary = z.object(draftShape);

/** One draft with the text that pre-fills the narrative. */
export const DraftDetail = z.object({
  ...draftShape,
  text: z.string().describe('Text of the forwarded original, to pre-fill the narrative'),
});
