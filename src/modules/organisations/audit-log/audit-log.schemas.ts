import { z } from 'zod';
import { isDate } from '../../../platform/time';

const Day = z
  .string()
  .refine(isDate, 'een datum als 2026-12-31')
  .describe('Date (YYYY-MM-DD, Amsterdam time)');

const FilterFields = z.object({
  personId: z.uuid().optional().describe('Only what this person did'),
  objectType: z.string().trim().min(1).max(60).optional().describe('Kind of object, e.g. incident'),
  objectId: z.string().trim().min(1).max(100).optional().describe('Id of the object'),
  action: z.string().trim().min(1).max(100).optional().describe('Action, e.g. member.invite'),
  from: Day.optional().describe('First day of the period (inclusive)'),
  to: Day.optional().describe('Last day of the period (inclusive)'),
});

const periodInOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const PERIOD_MESSAGE = { message: 'de einddatum ligt vóór de begindatum', path: ['to'] };

export const AuditFilterQuery = FilterFields.strict().refine(periodInOrder, PERIOD_MESSAGE);
export type AuditFilterQuery = z.infer<typeof AuditFilterQuery>;

export const AuditPageQuery = FilterFields.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})
  .strict()
  .refine(periodInOrder, PERIOD_MESSAGE);

export const AuditEventView = z.object({
  id: z.number().int().describe('Number of the event in this installation (insertion order)'),
  seq: z.number().nullable().describe('Place in the chain; null until sealed (within a second)'),
  at: z.string(),
  actorType: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable().describe('Display name when the actor is a person'),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  result: z.string(),
  origin: z.string().nullable(),
});

export const AuditPage = z.object({
  total: z.number().int().describe('Events matching the filters'),
  events: z.array(AuditEventView),
});

export const AuditChainStatus = z.object({
  intact: z.boolean().describe('Whether every link and checkpoint of the chain checks out'),
  events: z.number().int().describe('Sealed events checked'),
  pending: z.number().int().describe('Events not yet sealed (normally only the last second)'),
  checkpoints: z.number().int().describe('Signed checkpoints compared'),
  broken: z
    .object({ seq: z.number().int(), reason: z.string() })
    .nullable()
    .describe('First broken link, if any'),
  checkedAt: z.string(),
});
