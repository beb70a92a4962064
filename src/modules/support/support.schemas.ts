import { z } from 'zod';

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });
export const RequestParams = OrgParams.extend({
  requestId: z.uuid().describe('Id of the support request'),
});
export const ReferralParams = OrgParams.extend({
  incidentId: z.uuid().describe('Id of the incident the referral starts from'),
});

const Day = z.iso.date().describe('A date, YYYY-MM-DD');

export const SupportKindSchema = z
  .enum(['support_team', 'legal', 'home_security'])
  .describe(
    'support_team: support from the Ondersteuningsteam Weerbaar Bestuur; legal: legal support; home_security: security measures at home',
  );
export const UrgencySchema = z.enum(['normal', 'urgent']).describe('How urgent the request is');
export const SupportStatusSchema = z
  .enum([
    'new',
    'accepted',
    'contact_recorded',
    'follow_up',
    'assessment',
    'measure',
    'done',
    'closed',
  ])
  .describe(
    'support_team and legal: new → accepted → contact_recorded → follow_up (repeatable) → closed; home_security: new → accepted → assessment → measure → done; any open request may be closed',
  );
export const ContactPreferenceSchema = z
  .enum(['phone', 'email', 'via_handler'])
  .describe('How the team makes contact; via_handler only when a handler refers someone');
export const ConsentMethodSchema = z
  .enum(['in_person', 'phone', 'email', 'in_writing'])
  .describe('How the person gave consent');

export const OnBehalfBody = z
  .object({
    personName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe('Name of the person the request is for, who gave consent (encrypted)'),
    consentGiven: z
      .boolean()
      .describe('The person agreed to this request and to what is shared; must be true'),
    consentGivenOn: Day.describe('When the person gave consent'),
    consentMethod: ConsentMethodSchema,
  })
  .strict()
  .describe('A handler asking on someone’s behalf, with that person’s recorded consent');

export const SupportRequestBody = z
  .object({
    kind: SupportKindSchema,
    urgency: UrgencySchema,
    contactPreference: ContactPreferenceSchema,
    contactName: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe('How the team may address the person (optional, encrypted)'),
    contactDetail: z
      .string()
      .trim()
      .max(254)
      .optional()
      .describe('Phone number or e-mail address for the chosen contact (encrypted)'),
    message: z
      .string()
      .trim()
      .max(1000)
      .optional()
      .describe('Optional short text the person chooses to share (encrypted); no narrative needed'),
    onBehalf: OnBehalfBody.optional(),
    incidentId: z
      .uuid()
      .optional()
      .describe(
        'Incident this referral starts from (handlers, on someone’s behalf): its reference, kind and date are shared, never its narrative',
      ),
  })
  .strict();

export const ProgressBody = z
  .object({
    status: SupportStatusSchema.describe('The step to record'),
    on: Day.describe('When it happened (not in the future)'),
    note: z
      .string()
      .trim()
      .max(4000)
      .optional()
      .describe('The team’s note (encrypted; never shown to the requester)'),
  })
  .strict();

const StatusStep = z.object({
  status: SupportStatusSchema,
  on: Day,
});

/** What the requester and the referring handler see: the status and its dates, never notes. */
export const MySupportRequest = z.object({
  id: z.uuid(),
  reference: z.string().describe('S-<number>'),
  kind: SupportKindSchema,
  urgency: UrgencySchema,
  status: SupportStatusSchema,
  statusOn: Day,
  onBehalf: z.boolean().describe('Made by you on someone else’s behalf'),
  incidentId: z.uuid().nullable().describe('The incident it was referred from, if any'),
  createdAt: z.string(),
  steps: z.array(StatusStep).describe('The steps so far with their dates (no notes)'),
});

export const IncidentShared = z.object({
  reference: z.string(),
  kinds: z.array(z.string()),
  occurredOn: Day,
});

export const ReferralPrefill = IncidentShared.describe(
  'What a referral from this incident shares: reference, kinds and date, never the narrative',
);

const QueueSummaryFields = {
  id: z.uuid(),
  reference: z.string(),
  organisationName: z.string().describe('The requesting organisation'),
  kind: SupportKindSchema,
  urgency: UrgencySchema,
  status: SupportStatusSchema,
  statusOn: Day,
  onBehalf: z.boolean(),
  createdAt: z.string(),
};

export const QueueItem = z.object(QueueSummaryFields);

export const QueueRequest = z.object({
  ...QueueSummaryFields,
  contactPreference: ContactPreferenceSchema,
  contactName: z.string().nullable(),
  contactDetail: z.string().nullable(),
  message: z.string().nullable(),
  incident: IncidentShared.nullable().describe('Shared facts of the incident it was referred from'),
  consent: z
    .object({
      personName: z.string(),
      givenOn: Day,
      method: ConsentMethodSchema,
      recordedBy: z.string().describe('The referring handler'),
    })
    .nullable(),
  requestedBy: z.string().nullable().describe('Who sent the request'),
  nextStatuses: z.array(SupportStatusSchema).describe('Steps the team may record next'),
  steps: z.array(
    StatusStep.extend({
      note: z.string().nullable(),
      by: z.string().nullable(),
    }),
  ),
});
