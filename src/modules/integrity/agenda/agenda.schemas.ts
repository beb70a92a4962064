import { z } from 'zod';
import { MAX_DESCRIPTION, MAX_ITEM_NO, MAX_TITLE } from './agenda-import';

/** Largest agenda file accepted (characters). */
export const MAX_AGENDA_FILE = 512 * 1024;

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });
export const MeetingParams = OrgParams.extend({ meetingId: z.uuid().describe('Meeting id') });
export const MatchParams = MeetingParams.extend({ matchId: z.uuid().describe('Match id') });
export const ConflictParams = OrgParams.extend({ matchId: z.uuid().describe('Match id') });

export const AgendaItemInput = z.object({
  item: z
    .string()
    .trim()
    .min(1, 'verplicht')
    .max(MAX_ITEM_NO)
    .describe('Agenda item number, e.g. 4 or 4a'),
  title: z
    .string()
    .trim()
    .min(1, 'verplicht')
    .max(MAX_TITLE)
    .describe('Title of the item (encrypted)'),
  description: z
    .string()
    .trim()
    .max(MAX_DESCRIPTION)
    .optional()
    .describe('Description (encrypted)'),
});

export const MeetingBody = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, 'minstens 3 tekens')
      .max(200)
      .describe('Meeting, e.g. "Gemeenteraad 12 december"'),
    meetsOn: z.iso.date().describe('Date of the meeting'),
    items: z.array(AgendaItemInput).min(1).max(300).optional().describe('Items entered by hand'),
    file: z
      .object({
        format: z.enum(['csv', 'json']).describe('File format'),
        content: z
          .string()
          .min(1, 'het bestand is leeg')
          .max(MAX_AGENDA_FILE)
          .describe('File content as text'),
      })
      .optional()
      .describe('An imported agenda file (CSV or JSON: item, title, description)'),
  })
  .strict();
export type MeetingBody = z.infer<typeof MeetingBody>;

export const MatchStatusBody = z
  .object({
    status: z.enum(['open', 'dismissed']).describe('Dismiss a match that is not a real conflict'),
  })
  .strict();
export const DecisionBody = z
  .object({
    decision: z.enum(['abstain', 'participate']).describe('Abstain from the item, or take part'),
    motivation: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .describe('Required when taking part (encrypted)'),
  })
  .strict();

const Match = z.object({
  id: z.uuid(),
  itemId: z.uuid(),
  personId: z.uuid(),
  holderName: z.string(),
  declarationId: z.uuid(),
  declaredName: z.string(),
  declarationKind: z.enum(['side_position', 'financial_interest', 'gift']),
  score: z.number(),
  explanation: z.string().describe('Why this was flagged, word by word'),
  status: z.enum(['open', 'dismissed']),
  notifiedAt: z.string().nullable(),
  decision: z.enum(['abstain', 'participate']).nullable(),
  motivation: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

export const MeetingSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  meetsOn: z.string(),
  source: z.enum(['manual', 'csv', 'json']),
  items: z.number(),
  openMatches: z.number(),
  notifiedAt: z.string().nullable(),
});

export const Meeting = MeetingSummary.extend({
  items: z.number(),
  agenda: z.array(
    z.object({
      id: z.uuid(),
      itemNo: z.string(),
      title: z.string(),
      description: z.string().nullable(),
      matches: z.array(Match),
    }),
  ),
});

export const MyConflict = z.object({
  id: z.uuid(),
  meetingTitle: z.string(),
  meetsOn: z.string(),
  itemNo: z.string(),
  itemTitle: z.string(),
  declaredName: z.string(),
  explanation: z.string(),
  decision: z.enum(['abstain', 'participate']).nullable(),
  motivation: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
