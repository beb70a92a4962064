import { z } from 'zod';

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });
export const ItemParams = OrgParams.extend({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(120)
    .describe('Slug of the toolkit item'),
});
export const SessionParams = OrgParams.extend({
  sessionId: z.uuid().describe('Id of the training session'),
});

export const KindSchema = z
  .enum(['guide', 'code_of_conduct', 'step_plan', 'training'])
  .describe('guide, code of conduct (template), step plan or training');
export const AudienceSchema = z
  .enum(['office_holder', 'civil_servant', 'clerk', 'mayor'])
  .describe('Who the item is for');
export const ThemeSchema = z
  .enum(['aggression', 'online_intimidation', 'integrity', 'undermining', 'bibob'])
  .describe('What the item is about');

export const ItemQuery = z
  .object({
    q: z.string().trim().max(200).optional().describe('Words to search for (Dutch full-text)'),
    audience: AudienceSchema.optional(),
    theme: ThemeSchema.optional(),
    kind: KindSchema.optional(),
  })
  .strict();

export const ItemSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  kind: KindSchema,
  title: z.string(),
  summary: z.string(),
  source: z.string(),
  publishedOn: z.iso.date(),
  audiences: z.array(AudienceSchema),
  themes: z.array(ThemeSchema),
  national: z.boolean().describe('Kept by the platform (true) or by this organisation'),
  hidden: z.boolean().describe('A national item this organisation hid from its people'),
});

export const TrainingSession = z.object({
  id: z.uuid(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  capacity: z.number().int(),
  placesLeft: z.number().int(),
  mySignup: z.enum(['confirmed', 'waiting']).nullable().describe('The acting person’s sign-up'),
  myPosition: z
    .number()
    .int()
    .nullable()
    .describe('The acting person’s place on the waiting list (1 = next), when waiting'),
  national: z.boolean().describe('Open to every organisation (true) or planned by this one'),
  cancelled: z
    .boolean()
    .describe('Called off: no sign-ups, no reminder; the sign-ups stay for the record'),
});

export const ItemDetail = ItemSummary.extend({
  editable: z.boolean().describe('Whether the acting person may edit or delete this item'),
  body: z.string().describe('Markdown'),
  sessions: z.array(TrainingSession),
});

export const NewItemBody = z
  .object({
    kind: KindSchema,
    title: z.string().trim().min(3).max(200),
    summary: z.string().trim().min(3).max(500),
    body: z.string().trim().min(1).max(50_000).describe('Markdown'),
    source: z.string().trim().min(1).max(200),
    publishedOn: z.iso.date(),
    audiences: z.array(AudienceSchema).min(1).max(4),
    themes: z.array(ThemeSchema).min(1).max(5),
    national: z
      .boolean()
      .optional()
      .describe('Platform admins only: keep it as a national item for every organisation'),
  })
  .strict();

export const VisibilityBody = z
  .object({ hidden: z.boolean().describe('Hide this national item from your organisation') })
  .strict();

export const Signup = z.object({
  sessionId: z.uuid(),
  status: z.enum(['confirmed', 'waiting']),
  position: z.number().int().nullable().describe('Place on the waiting list (1 = next)'),
});

export const ItemBody = NewItemBody.omit({ national: true }).describe(
  'The item’s new content; its slug (and every link to it) stays',
);

/** A session's date, place or online link and capacity; the end after the start. */
export const SessionBody = z
  .object({
    startsAt: z.iso.datetime({ offset: true }).describe('Start, with time zone'),
    endsAt: z.iso.datetime({ offset: true }).describe('End, after the start'),
    place: z.string().trim().min(2).max(300).nullable().describe('Address, or null when online'),
    onlineUrl: z
      .url({ protocol: /^https$/ })
      .max(500)
      .nullable()
      .describe('https link to the online meeting, or null'),
    capacity: z.number().int().min(1).max(1000).describe('Number of places'),
    national: z
      .boolean()
      .optional()
      .describe('Platform admins only: a session open to every organisation'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (Date.parse(v.endsAt) <= Date.parse(v.startsAt)) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Het einde ligt na het begin.' });
    }
    if (v.place === null && v.onlineUrl === null) {
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'Geef een plaats of een link.' });
    }
  });

export const CancelledSignup = z.object({
  movedUp: z
    .number()
    .int()
    .describe('How many people moved up from the waiting list into the freed place'),
});

export const CancelledSession = z.object({
  outcome: z
    .enum(['deleted', 'cancelled'])
    .describe('deleted: nobody had signed up; cancelled: kept for the record, people told'),
  notified: z.number().int().describe('How many signed-up people were told'),
});

export const SessionSignupParams = SessionParams.extend({
  signupId: z.uuid().describe('Id of the sign-up'),
});

export const AttendanceBody = z
  .object({ attended: z.boolean().describe('Whether the person attended the session') })
  .strict();

export const SessionSignup = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  name: z.string().describe('Display name of the person (own organisation only)'),
  status: z.enum(['confirmed', 'waiting']),
  attended: z.boolean(),
});

export const SessionSignups = z.object({
  session: TrainingSession,
  itemSlug: z.string(),
  itemTitle: z.string(),
  editable: z.boolean().describe('Whether the acting person may change this session'),
  signups: z.array(SessionSignup).describe('This organisation’s sign-ups only'),
});

export const NormBody = z
  .object({
    body: z.string().trim().min(20).max(20_000).describe('The norm as Markdown'),
    published: z.boolean().describe('Shown on the public page and the report form'),
    adoptedOn: z.iso.date().describe('Date the norm was adopted'),
  })
  .strict();

export const Norm = z.object({
  body: z.string().describe('Markdown'),
  published: z.boolean(),
  adoptedOn: z.iso.date().nullable().describe('Null while the organisation has no norm yet'),
  publicPath: z.string().describe('Path of the public page'),
});

export const PublicNormParams = z.object({
  organisationCode: z.string().min(2).max(20).describe('Organisation code, e.g. GM0344'),
});

export const PublicNorm = z.object({
  organisation: z.object({ code: z.string(), name: z.string() }),
  body: z.string().describe('Markdown'),
  adoptedOn: z.iso.date(),
});

export const OverviewPerson = z.object({
  personId: z.uuid(),
  name: z.string(),
  office: z.string().nullable().describe('Office in the register of office holders, if any'),
  since: z.iso.date().nullable().describe('In office since'),
  trainings: z.array(z.object({ slug: z.string(), title: z.string(), attendedOn: z.iso.date() })),
  requiredDone: z.boolean().describe('Attended the required training'),
  dueOn: z.iso.date().nullable().describe('Required training due by (office holders only)'),
  overdue: z.boolean().describe('Past the due date without the required training'),
});

/** The term for the required training the org admin may choose, in months. */
export const REQUIRED_WITHIN_MONTHS = { min: 1, max: 24 } as const;

export const RequiredTrainingBody = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .max(120)
      .describe('Slug of a training visible in the organisation (national or its own)'),
    withinMonths: z
      .number()
      .int()
      .min(REQUIRED_WITHIN_MONTHS.min)
      .max(REQUIRED_WITHIN_MONTHS.max)
      .describe('New office holders follow it within this many months of taking office (1–24)'),
  })
  .strict();

export const RequiredTraining = z.object({
  requiredTraining: z.object({ slug: z.string(), title: z.string() }),
  withinMonths: z.number().int(),
});

export const TrainingOverview = z.object({
  requiredTraining: z.object({ slug: z.string(), title: z.string() }).nullable(),
  withinMonths: z.number().int().describe('New office holders follow it within this many months'),
  people: z.array(OverviewPerson),
});
