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
});

export const ItemDetail = ItemSummary.extend({
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
