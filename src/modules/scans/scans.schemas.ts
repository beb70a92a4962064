import { z } from 'zod';

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });
export const AnalysisParams = OrgParams.extend({
  responseId: z.uuid().describe('Id of the analysis (its questionnaire response)'),
});

const Day = z.iso.date().describe('A date, YYYY-MM-DD');

export const OfficeSchema = z
  .enum(['wethouder', 'gedeputeerde'])
  .describe('The office the candidate is considered for');

export const StageSchema = z
  .enum(['commissioned', 'discussed', 'advice_given', 'appointed', 'not_appointed', 'withdrawn'])
  .describe(
    'commissioned → discussed (needs the submitted questionnaire) → advice_given → appointed (needs the VOG received date) | not_appointed; withdrawn at any time before the end',
  );

export const CommissionBody = z
  .object({
    candidateEmail: z
      .email()
      .max(254)
      .describe('E-mail of the candidate (a member of this organisation)'),
    office: OfficeSchema,
    designatedOfficerEmail: z
      .email()
      .max(254)
      .optional()
      .describe('An integrity officer you designate to see the analysis and keep the tracking'),
  })
  .strict();

export const Tracking = z.object({
  vogRequestedOn: Day.nullable().describe('VOG requested on'),
  vogReceivedOn: Day.nullable().describe('VOG received on'),
  discussionOn: Day.nullable().describe('Date of the integrity conversation'),
  adviceOn: Day.nullable().describe('Date of the advice to the commissioner'),
  decisionOn: Day.nullable().describe('Date of appointment or of the decision not to appoint'),
  notes: z.string().max(4000).nullable().describe('Notes of the commissioner (encrypted)'),
});

export const TrackingPatch = z
  .object({
    stage: StageSchema.optional(),
    vogRequestedOn: Day.nullable().optional(),
    vogReceivedOn: Day.nullable().optional(),
    discussionOn: Day.nullable().optional(),
    adviceOn: Day.nullable().optional(),
    decisionOn: Day.nullable().optional(),
    notes: z.string().trim().max(4000).nullable().optional(),
  })
  .strict();

export const RiskAnalysis = z.object({
  responseId: z.uuid(),
  office: OfficeSchema,
  stage: StageSchema,
  candidate: z.object({ personId: z.uuid(), displayName: z.string() }),
  commissioner: z.object({ personId: z.uuid(), displayName: z.string() }).nullable(),
  designatedOfficer: z.object({ personId: z.uuid(), displayName: z.string() }).nullable(),
  questionnaireStatus: z.enum(['in_progress', 'submitted']),
  submittedAt: z.string().nullable(),
  myRole: z.enum(['subject', 'commissioner', 'designated_officer']),
  mayUpdate: z.boolean().describe('You may record stages and dates'),
  tracking: Tracking.nullable().describe(
    'Dates and notes (for the commissioner, designated officer and candidate)',
  ),
  compliance: z
    .object({
      compliant: z.boolean(),
      missing: z
        .array(z.enum(['vog']))
        .describe('What the appointment lacks: vog = no VOG received'),
    })
    .nullable()
    .describe('Whether a recorded appointment meets the rules (null where tracking is not shown)'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
