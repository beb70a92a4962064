/** Schemas of a handler's actions: status, triage, assignment, messages, measures, aftercare. */

import { z } from 'zod';
import {
  isoDate,
  MAX_MESSAGE_CHARS,
  MeasureTypeSchema,
  optionalText,
  PrioritySchema,
  risks,
  StatusSchema,
} from './common.schemas';
import { FILED_BY, MEASURE_STATUSES } from './incident-vocabulary';

const MAX_NOTE_CHARS = 4000;

export const TransitionBody = z
  .object({
    to: StatusSchema,
    note: optionalText(MAX_NOTE_CHARS, 'De toelichting').describe(
      'Reason (required for referral and reopening; encrypted)',
    ),
  })
  .strict();

export const TriageBody = z
  .object({
    priority: PrioritySchema.describe('The handler’s own judgement; risk factors may raise it'),
    risks,
    note: optionalText(MAX_NOTE_CHARS, 'De risico-inschatting').describe(
      'Short risk assessment (encrypted)',
    ),
  })
  .strict();

export const AssignBody = z
  .object({ handlerId: z.uuid().nullable().describe('A handler of this organisation, or null') })
  .strict();

export const FirstContactBody = z
  .object({ note: optionalText(MAX_NOTE_CHARS, 'De notitie').describe('How contact was made') })
  .strict();

export const DistrictBody = z
  .object({
    code: z
      .string()
      .regex(/^(WK\d{6}|BU\d{8})$/, 'Kies een wijk of buurt uit de lijst.')
      .nullable()
      .describe(
        'CBS wijk (WKxxxxxx) or buurt (BUxxxxxxxx) code of this organisation; null clears it',
      ),
  })
  .strict();

export const MessageBody = z
  .object({
    body: z
      .string('Schrijf een bericht.')
      .trim()
      .min(1, 'Schrijf een bericht.')
      .max(MAX_MESSAGE_CHARS, `Een bericht mag hoogstens ${MAX_MESSAGE_CHARS} tekens lang zijn.`)
      .describe('Message text (encrypted)'),
  })
  .strict();

export const MeasureBody = z
  .object({
    type: MeasureTypeSchema,
    status: z.enum(MEASURE_STATUSES).default('planned'),
    filedBy: z.enum(FILED_BY).optional().describe('Police report only'),
    useOrganisationAddress: z.boolean().default(false).describe('Police report only'),
    plannedOn: isoDate.optional(),
    doneOn: isoDate.optional(),
    note: optionalText(MAX_NOTE_CHARS, 'De notitie').describe('Details (encrypted)'),
  })
  .strict();

export const MeasureUpdateBody = MeasureBody.omit({ type: true }).partial().strict();

export const PlanAftercareBody = z
  .object({
    from: isoDate.optional().describe('Count the check-ins from this date (default: today)'),
  })
  .strict();

export const AftercareTaskBody = z
  .object({
    label: z.string().trim().min(1, 'Geef de afspraak een naam.').max(200),
    dueOn: isoDate,
  })
  .strict();

export const AftercareUpdateBody = z
  .object({
    status: z.enum(['planned', 'done', 'cancelled']).optional(),
    dueOn: isoDate.optional(),
    outcome: optionalText(MAX_NOTE_CHARS, 'De uitkomst').describe('What came of it (encrypted)'),
  })
  .strict()
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), {
    message: 'Geef een status, datum of uitkomst om te wijzigen.',
  });

export const Handler = z.object({ id: z.uuid(), displayName: z.string() });
