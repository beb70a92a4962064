/** Schemas of the register: its filters, a page of rows and the export query. */

import { z } from 'zod';
import { isoDate, KindSchema, PrioritySchema, StatusSchema } from './common.schemas';
import { CHANNELS, LOCATIONS, REPORTER_GROUPS } from './incident-vocabulary';

/** One row of the register. */
export const IncidentSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: StatusSchema,
  priority: PrioritySchema,
  kinds: z.array(KindSchema),
  channel: z.enum(CHANNELS),
  location: z.enum(LOCATIONS),
  reporterGroup: z.enum(REPORTER_GROUPS),
  occurredOn: z.string(),
  createdAt: z.string(),
  handler: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  firstContactDueOn: z.string(),
  firstContactAt: z.string().nullable(),
  overdue: z.boolean().describe('First contact or an aftercare check-in is past its date'),
  triaged: z.boolean(),
});

export const RegisterPage = z.object({
  items: z.array(IncidentSummary),
  total: z.number().int().describe('Reports matching the filters (before search)'),
  matched: z
    .number()
    .int()
    .nullable()
    .describe('With a search: reports it found (among those searched); null without a search'),
  searchLimited: z
    .boolean()
    .describe('Search looked only at the newest SEARCH_SCAN_LIMIT matching reports'),
});

export const RegisterQuery = z
  .object({
    status: z
      .array(StatusSchema)
      .or(StatusSchema.transform((s) => [s]))
      .optional(),
    kind: KindSchema.optional().describe('Reports of this kind'),
    channel: z.enum(CHANNELS).optional(),
    from: isoDate.optional().describe('Received on or after this date'),
    to: isoDate.optional().describe('Received on or before this date'),
    handler: z
      .union([z.uuid(), z.literal('none'), z.literal('me')])
      .optional()
      .describe('Assigned handler id, "me" or "none"'),
    overdue: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
    q: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe('Search in reference, narrative, names and e-mail subject (see ADR 0006)'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type RegisterQuery = z.infer<typeof RegisterQuery>;

export const ExportQuery = RegisterQuery.omit({ q: true, limit: true, offset: true });
