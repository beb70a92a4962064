import { z } from 'zod';
import { DECLARATION_KINDS, OFFICES } from '../integrity.vocabulary';

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });
export const PersonParams = OrgParams.extend({
  personId: z.uuid().describe('Person id of the office holder'),
});
export const DeclarationParams = OrgParams.extend({
  declarationId: z.uuid().describe('Declaration id'),
});
export const IncomeParams = DeclarationParams.extend({
  year: z.coerce.number().int().min(2000).max(2100).describe('Calendar year of the income'),
});
export const PublicParams = z.object({
  organisationCode: z.string().min(2).max(20).describe('Organisation code, e.g. GM0344'),
});

export const OfficeHolderBody = z
  .object({
    office: z.enum(OFFICES).describe('Political office'),
    party: z.string().trim().max(100).optional().describe('Party or group'),
    since: z.iso.date().describe('In office since'),
    until: z.iso.date().nullable().optional().describe('In office until (empty while in office)'),
  })
  .strict();

export const DeclarationBody = z
  .object({
    kind: z.enum(DECLARATION_KINDS).describe('Side position, financial interest, or gift'),
    organisationName: z
      .string()
      .trim()
      .min(2, 'minstens 2 tekens')
      .max(200)
      .describe('Organisation or company; for a gift: who gave it (public)'),
    role: z
      .string()
      .trim()
      .max(200)
      .nullable()
      .optional()
      .describe('Role or function (side positions)'),
    paid: z.boolean().nullable().optional().describe('Paid or not (side positions)'),
    description: z
      .string()
      .trim()
      .max(2000)
      .nullable()
      .optional()
      .describe('Nature of the interest or the gift (public)'),
    valueCents: z
      .number()
      .int()
      .min(0)
      .max(100_000_000)
      .nullable()
      .optional()
      .describe('Value of a gift in euro cents'),
    startOn: z.iso.date().describe('Start date; for a gift the date received'),
    endOn: z.iso.date().nullable().optional().describe('End date, if ended'),
  })
  .strict();
export type DeclarationBody = z.infer<typeof DeclarationBody>;

export const EndBody = z
  .object({ endOn: z.iso.date().describe('Date the position or interest ended') })
  .strict();
export const ReviewBody = z
  .object({
    decision: z.enum(['validate', 'reject']).describe('Validate (publish) or send back'),
    note: z.string().trim().max(2000).optional().describe('Note to the office holder (encrypted)'),
  })
  .strict();
export const IncomeBody = z
  .object({
    amountCents: z.number().int().min(0).max(100_000_000).describe('Income in euro cents'),
  })
  .strict();
export const RegisterSettingsBody = z
  .object({
    giftThresholdCents: z
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .describe('Gifts above this must be declared'),
  })
  .strict();
export const DeclarationListQuery = z.object({
  status: z
    .enum(['submitted', 'validated', 'rejected', 'withdrawn'])
    .optional()
    .describe('Only this status'),
});

export const Declaration = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  holderName: z.string(),
  kind: z.enum(DECLARATION_KINDS),
  organisationName: z.string(),
  role: z.string().nullable(),
  paid: z.boolean().nullable(),
  description: z.string().nullable(),
  valueCents: z.number().nullable(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  status: z.enum(['submitted', 'validated', 'rejected', 'withdrawn']),
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  current: z.boolean(),
  income: z.array(z.object({ year: z.number(), amountCents: z.number() })),
});

export const OfficeHolder = z.object({
  personId: z.uuid(),
  displayName: z.string(),
  office: z.enum(OFFICES),
  party: z.string().nullable(),
  since: z.string(),
  until: z.string().nullable(),
  lastConfirmedOn: z.string().nullable(),
  declaredThisYear: z.boolean(),
  awaitingValidation: z.number(),
  incomeMissing: z
    .boolean()
    .describe('Executive office, paid side position, no income for last year'),
});

export const MyDeclarations = z.object({
  officeHolder: OfficeHolder.nullable(),
  giftThresholdCents: z.number(),
  declarations: z.array(Declaration),
});

export const RegisterSettings = z.object({ giftThresholdCents: z.number() });

const PublicDeclaration = z.object({
  kind: z.enum(DECLARATION_KINDS),
  organisationName: z.string(),
  role: z.string().nullable(),
  paid: z.boolean().nullable(),
  description: z.string().nullable(),
  valueCents: z.number().nullable(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  income: z.array(z.object({ year: z.number(), amountCents: z.number() })),
});

export const PublicRegister = z.object({
  organisation: z.object({ code: z.string(), name: z.string() }),
  generatedAt: z.string(),
  giftThresholdCents: z.number(),
  officeHolders: z.array(
    z.object({
      name: z.string(),
      office: z.enum(OFFICES),
      party: z.string().nullable(),
      since: z.string(),
      until: z.string().nullable(),
      inOffice: z.boolean(),
      current: z.array(PublicDeclaration),
      history: z.array(PublicDeclaration),
    }),
  ),
});
