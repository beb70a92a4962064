import { z } from 'zod';
import { ROLES } from '../../platform/auth/roles';

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });
export const MemberParams = OrgParams.extend({ personId: z.uuid().describe('Person id') });
export const TokenParams = OrgParams.extend({ tokenId: z.uuid().describe('API token id') });

export const RoleSchema = z.enum(ROLES).describe('Role within the organisation');

/** A design token's name: a CSS custom property. */
export const ThemeToken = z
  .string()
  .regex(/^--[a-z0-9-]{1,80}$/, 'CSS custom property, like --voorbeeld-color-primary');

/** A design token's value: nothing that could end the declaration or the style attribute. */
export const ThemeValue = z
  .string()
  .max(200)
  .regex(/^[^;{}<>]*$/, 'no ; { } < >');

/** At most this many tokens in one theme. */
export const MAX_THEME_TOKENS = 200;

/** CSS custom property name -> value; applied on the themed root of the web app. */
export const ThemeSchema = z
  .record(ThemeToken, ThemeValue)
  .refine((t) => Object.keys(t).length <= 200, `at most ${MAX_THEME_TOKENS} tokens`)
  .describe('Design tokens of the organisation (NL Design System custom properties)');

export const Membership = z.object({
  organisationId: z.uuid(),
  code: z.string().describe('CBS/TOOI code such as GM0344'),
  name: z.string(),
  type: z.enum(['gemeente', 'provincie', 'waterschap', 'rijk']),
  roles: z.array(RoleSchema),
});

export const Me = z.object({
  id: z.uuid().describe('Person id'),
  displayName: z.string(),
  email: z.string(),
  locale: z.enum(['nl', 'en']).describe('Preferred language'),
  isPlatformAdmin: z
    .boolean()
    .describe('Platform-admin rights in this session (password + TOTP sessions only)'),
  platformAdminNeedsSecondFactor: z
    .boolean()
    .describe('A platform admin whose session lacks TOTP: set it up and sign in again'),
  memberships: z.array(Membership).describe('Organisations the person belongs to, with roles'),
});

export const UpdateMeBody = z
  .object({ locale: z.enum(['nl', 'en']).describe('Preferred language') })
  .strict();

export const Organisation = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  type: z.enum(['gemeente', 'provincie', 'waterschap', 'rijk']),
  theme: z.record(z.string(), z.string()),
  logoUrl: z
    .string()
    .nullable()
    .describe('Public address of the logo (changes with each new logo); null without one'),
});

export const PublicOrganisation = Organisation.omit({ theme: true, id: true }).extend({
  theme: ThemeSchema.describe(
    'Design tokens for the public pages of the organisation (only tokens that pass the theme schema)',
  ),
});

export const MemberStatus = z
  .enum(['active', 'deactivated'])
  .describe('active, or deactivated: roles kept, no rights in this organisation');

export const Member = z.object({
  personId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  roles: z.array(RoleSchema),
  status: MemberStatus,
  lastSignInAt: z.string().nullable().describe('When the person last signed in (any organisation)'),
});

export const AddMemberBody = z
  .object({
    email: z
      .email()
      .max(254)
      .describe('E-mail address to invite; nobody is linked until they accept'),
    displayName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Suggested name, offered when the address has no account yet'),
    roles: z.array(RoleSchema).min(1).max(8).describe('Roles granted when the person accepts'),
  })
  .strict();

export const SetRolesBody = z
  .object({
    roles: z
      .array(RoleSchema)
      .max(8)
      .refine((roles) => new Set(roles).size === roles.length, 'Noem elke rol één keer.')
      .describe('Complete new role list'),
  })
  .strict();

export const CreateTokenBody = z
  .object({
    name: z.string().trim().min(1).max(100).describe('What the integration is'),
    role: RoleSchema,
    expiresAt: z.iso.datetime().optional().describe('When the token stops working'),
  })
  .strict();

export const ApiTokenSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  role: RoleSchema,
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revoked: z.boolean(),
});

export const CreatedToken = ApiTokenSummary.extend({
  token: z.string().describe('The secret; shown once, store it safely'),
});

export const CreateOrganisationBody = z
  .object({
    type: z.enum(['gemeente', 'provincie', 'waterschap', 'rijk']),
    code: z
      .string()
      .trim()
      .min(2)
      .max(20)
      .regex(/^[A-Za-z0-9_-]+$/)
      .describe('CBS/TOOI code'),
    name: z.string().trim().min(1).max(200),
  })
  .strict();
