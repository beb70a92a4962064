import { z } from 'zod';
import { DefinitionSchema } from '../questionnaires';

/** Retention of closed Bibob cases, in months: at least one, at most twenty years. */
export const RETENTION_MONTHS_MIN = 1;
export const RETENTION_MONTHS_MAX = 240;

/*
 * Request and response schemas of the Bibob module. The legal basis of every
 * deadline is in docs/bibob.md; the defaults are the statutory or customary terms.
 */

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });
export const CaseParams = OrgParams.extend({ caseId: z.uuid().describe('Screening case id') });
export const DocumentParams = CaseParams.extend({ documentId: z.uuid().describe('Document id') });
export const VersionParams = OrgParams.extend({
  version: z.coerce.number().int().min(1).max(100_000).describe('Policy version number'),
});
export const TokenParams = z.object({
  token: z.string().min(10).max(100).describe('The single-use token from the applicant’s link'),
});

const Day = z.iso.date().describe('A date, YYYY-MM-DD');
const Text = (max: number) => z.string().trim().max(max);

// ── Settings ────────────────────────────────────────────────────────────────

export const Settings = z.object({
  adviceWeeks: z
    .number()
    .int()
    .min(1)
    .max(52)
    .describe('Term of the Landelijk Bureau Bibob for an advice (art. 15 lid 1 Wet Bibob: 8)'),
  adviceExtensionWeeks: z
    .number()
    .int()
    .min(0)
    .max(52)
    .describe('Extension of that term, once (art. 15 lid 2 Wet Bibob: at most 4)'),
  decisionWeeks: z
    .number()
    .int()
    .min(1)
    .max(52)
    .describe('Decision term when no statutory term applies (art. 4:13 Awb: 8 weeks)'),
  questionnaireDays: z
    .number()
    .int()
    .min(1)
    .max(90)
    .describe('Days the applicant has to return the Bibob questionnaire; the link expires then'),
  zienswijzeDays: z
    .number()
    .int()
    .min(1)
    .max(90)
    .describe(
      'Days given for a zienswijze on an intended refusal (art. 4:7 Awb, art. 33 Wet Bibob)',
    ),
  policyRenewalYears: z
    .number()
    .int()
    .min(1)
    .max(10)
    .describe('Years after adoption when the policy should be renewed'),
  retentionMonths: z
    .number()
    .int()
    .min(RETENTION_MONTHS_MIN)
    .max(RETENTION_MONTHS_MAX)
    .describe('Months after closing when a case is erased'),
});
export type Settings = z.infer<typeof Settings>;
export const SettingsBody = Settings.partial().strict();

// ── Policy ──────────────────────────────────────────────────────────────────

export const AreaSchema = z
  .enum(['permit', 'subsidy', 'real_estate', 'tender'])
  .describe('permit, subsidy, real-estate transaction or tender (aanbesteding)');
export const WhenSchema = z
  .enum(['always', 'indication', 'threshold', 'never'])
  .describe('When applications of this kind are screened');

export const PolicyItem = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,62}$/)
      .describe('Stable key of the application type'),
    area: AreaSchema,
    label: Text(200).min(1).describe('e.g. "Exploitatievergunning horeca"'),
    when: WhenSchema,
    threshold: Text(200).nullable().describe('For "threshold": e.g. "vanaf € 50.000"'),
    note: Text(1000).nullable().describe('Further explanation in the policy'),
  })
  .strict();
export type PolicyItem = z.infer<typeof PolicyItem>;

export const PolicyBody = z
  .object({
    title: Text(200).min(1).describe('Title of the policy document'),
    items: z.array(PolicyItem).min(1).max(60),
  })
  .strict();

export const AdoptBody = z
  .object({
    adoptedBy: Text(200).min(1).describe('Who adopted it, e.g. "het college van B en W"'),
    adoptedOn: Day.describe('Date of adoption'),
  })
  .strict();

export const PolicyVersion = z.object({
  version: z.number().int(),
  title: z.string(),
  items: z.array(PolicyItem),
  adoptedBy: z.string().nullable(),
  adoptedOn: z.string().nullable(),
  renewalYears: z.number().int(),
  renewalDue: z.string().nullable().describe('Adoption date plus the renewal term'),
  createdAt: z.string(),
});

export const PolicyOverview = z.object({
  current: PolicyVersion.nullable().describe('The newest version'),
  adopted: PolicyVersion.nullable().describe('The newest adopted version'),
  versions: z.array(
    z.object({
      version: z.number().int(),
      adoptedOn: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  template: PolicyBody.describe('A starting point: the common screening choices'),
  renewal: z.object({
    due: z.string().nullable(),
    status: z
      .enum(['none', 'ok', 'due_soon', 'overdue'])
      .describe('none: nothing adopted yet; due_soon: within the reminder lead time'),
  }),
});

// ── Cases ───────────────────────────────────────────────────────────────────

export const CHECK_KEYS = [
  'kvk',
  'kadaster',
  'brp',
  'open_sources',
  'police_riec',
  'finance',
] as const;
export const CheckKey = z.enum(CHECK_KEYS);
export const CheckItem = z
  .object({
    status: z.enum(['open', 'done', 'not_applicable']),
    on: Day.nullable(),
    note: Text(2000).nullable(),
  })
  .strict();
export const RiskLevel = z
  .enum(['none', 'minor', 'serious'])
  .describe('Wet Bibob art. 3: geen gevaar, gevaar in mindere mate, ernstig gevaar');
export const RiskAssessment = z
  .object({
    level: RiskLevel,
    reasoning: Text(8000).min(1),
    assessedOn: Day,
  })
  .strict();
export const AdviceRequest = z
  .object({
    requestedOn: Day.describe('Advice asked of the Landelijk Bureau Bibob'),
    extendedOn: Day.nullable().describe('The bureau extended its term (once)'),
    receivedOn: Day.nullable().describe('Advice received'),
  })
  .strict();
export const Intent = z
  .object({
    sentOn: Day.describe('Notice of the intended refusal sent, with the opportunity to respond'),
    responseOn: Day.nullable().describe('Zienswijze received'),
  })
  .strict();
export const Outcome = z.enum(['granted', 'granted_with_conditions', 'refused', 'withdrawn']);
export const Decision = z
  .object({
    outcome: Outcome,
    decidedOn: Day,
    bibobGrounds: z.boolean().describe('Based on the Wet Bibob (art. 3)'),
    reasoning: Text(8000).nullable(),
  })
  .strict();

export const CreateCaseBody = z
  .object({
    kind: AreaSchema,
    reference: Text(100).min(1).describe('Case number of the application (encrypted)'),
    applicantName: Text(200).min(1).describe('Applicant, a person or company (encrypted)'),
    subject: Text(300).nullable().optional().describe('What is applied for (encrypted)'),
    policyItemKey: z.string().max(63).nullable().optional().describe('Matching policy item'),
    receivedOn: Day.describe('Date the application was received'),
  })
  .strict();

export const UpdateCaseBody = z
  .object({
    checklist: z.partialRecord(CheckKey, CheckItem).optional(),
    risk: RiskAssessment.nullable().optional(),
    advice: AdviceRequest.nullable().optional(),
    intent: Intent.nullable().optional(),
    decision: Decision.optional(),
    notes: Text(8000).nullable().optional(),
  })
  .strict();

export const LinkBody = z
  .object({
    email: z
      .email()
      .max(254)
      .optional()
      .describe('Send the link to this address (used for this mail only, never stored)'),
  })
  .strict();

export const Deadline = z.object({
  kind: z.enum(['questionnaire', 'advice', 'zienswijze', 'decision']),
  due: z.string(),
  met: z.boolean(),
  overdue: z.boolean(),
  suspendedDays: z.number().int().describe('Days added because the term was suspended'),
  basis: z.string().describe('Legal basis'),
});

export const Stage = z.enum([
  'application',
  'questionnaire',
  'investigation',
  'assessed',
  'advice_pending',
  'intent',
  'decided',
]);

export const CaseSummary = z.object({
  id: z.uuid(),
  kind: AreaSchema,
  reference: z.string(),
  applicantName: z.string(),
  receivedOn: z.string(),
  status: z.enum(['open', 'closed']),
  stage: Stage,
  nextDeadline: Deadline.nullable(),
  overdue: z.number().int().describe('Deadlines past due and not met'),
});

export const DocumentView = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  fromApplicant: z.boolean().describe('Uploaded by the applicant through the questionnaire link'),
  createdAt: z.string(),
});

export const CaseDetail = CaseSummary.extend({
  subject: z.string().nullable(),
  policyItemKey: z.string().nullable(),
  checklist: z.record(CheckKey, CheckItem),
  risk: RiskAssessment.nullable(),
  advice: AdviceRequest.nullable(),
  intent: Intent.nullable(),
  decision: Decision.nullable(),
  notes: z.string().nullable(),
  questionnaire: z.object({
    sentOn: z.string().nullable(),
    expiresAt: z.string().nullable().describe('When the current link expires'),
    submittedOn: z.string().nullable(),
    answers: z
      .array(z.object({ id: z.string(), question: z.string(), answer: z.string() }))
      .describe('The applicant’s answers, question by question'),
  }),
  documents: z.array(DocumentView),
  deadlines: z.array(Deadline),
  closedOn: z.string().nullable(),
});

export const LinkCreated = z.object({
  url: z.string().describe('The applicant’s link; shown once'),
  expiresAt: z.string(),
  mailed: z.boolean(),
});

// ── The applicant's questionnaire ───────────────────────────────────────────

export const ApplicantView = z.object({
  organisationName: z.string(),
  reference: z.string().describe('The applicant’s own case number'),
  expiresAt: z.string(),
  definition: DefinitionSchema,
  documents: z
    .object({
      maxFiles: z.number().int(),
      maxFileBytes: z.number().int(),
      extensions: z.array(z.string()),
    })
    .describe('What the applicant may upload with the answers'),
});

export const ApplicantBody = z
  .object({
    answers: z
      .record(z.string().max(64), z.unknown())
      .describe('Answers by question id, as the questionnaire engine validates them'),
  })
  .strict();
