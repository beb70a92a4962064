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

/* Scan of vulnerable processes: risk matrix and improvement plan. */

export const PlanItemParams = AnalysisParams.extend({
  itemId: z.uuid().describe('Id of the plan item'),
});

const Level = z.enum(['laag', 'middel', 'hoog']);
export const PlanStatusSchema = z
  .enum(['open', 'in_progress', 'done'])
  .describe('open → in_progress → done');

export const MatrixProcess = z.object({
  id: z.string(),
  title: z.string(),
  controlScore: z.number().nullable().describe('Control score 0–100 (higher is stronger)'),
  weakness: z.enum(['sterk', 'matig', 'zwak']).nullable().describe('Band of the control score'),
  exposure: Level.nullable().describe('Exposure as answered'),
  risk: Level.nullable().describe('Cell of the 3×3 matrix: exposure × weakness'),
});

export const PlanItem = z.object({
  id: z.uuid(),
  processId: z.string(),
  title: z.string(),
  owner: z
    .object({ personId: z.uuid(), displayName: z.string() })
    .nullable()
    .describe('A member of the organisation'),
  ownerRole: z.string().nullable().describe('Or a role written as text (encrypted)'),
  dueDate: Day.nullable(),
  status: PlanStatusSchema,
  carriedOver: z.boolean().describe('Copied open from the previous plan'),
});

export const ProcessPlan = z.object({
  responseId: z.uuid(),
  processes: z.array(MatrixProcess),
  planCreated: z.boolean(),
  mayEdit: z.boolean(),
  items: z.array(PlanItem),
});

const Title = z.string().trim().min(1).max(300);
const OwnerEmail = z.email().max(254).nullable().describe('E-mail of the owner (a member)');
const OwnerRole = z.string().trim().min(1).max(200).nullable();

export const PlanItemCreate = z
  .object({
    processId: z.string().max(60),
    title: Title,
    ownerEmail: OwnerEmail.optional(),
    ownerRole: OwnerRole.optional(),
    dueDate: Day.nullable().optional(),
    status: PlanStatusSchema.optional(),
  })
  .strict();

export const PlanItemPatch = z
  .object({
    title: Title.optional(),
    ownerEmail: OwnerEmail.optional(),
    ownerRole: OwnerRole.optional(),
    dueDate: Day.nullable().optional(),
    status: PlanStatusSchema.optional(),
  })
  .strict();
