import { z } from 'zod';

/** Most entries one search of the official list answers. */
export const OFFICIAL_SEARCH_MAX = 50;

const OrganisationTypeSchema = z
  .enum(['gemeente', 'provincie', 'waterschap', 'rijk'])
  .describe('gemeente, provincie, waterschap or rijk (a ministry)');

export const OfficialSearchQuery = z
  .object({
    q: z
      .string()
      .max(100)
      .default('')
      .describe('Part of the name, or the code (GM0344, PV26, ws0155)'),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(OFFICIAL_SEARCH_MAX)
      .default(20)
      .describe(`How many at most (${OFFICIAL_SEARCH_MAX} at most)`),
  })
  .strict();

export const OfficialOrganisation = z.object({
  type: OrganisationTypeSchema,
  code: z.string().describe('CBS code (GMxxxx, PVxx) or TOOI code (wsNNNN)'),
  name: z.string().describe('Official name'),
  present: z.boolean().describe('Whether the organisation is on this platform already'),
});

export const OfficialSearchResult = z.object({ results: z.array(OfficialOrganisation) });

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const SetUpOrganisationBody = z
  .object({
    type: OrganisationTypeSchema,
    code: z
      .string()
      .trim()
      .min(2)
      .max(20)
      .regex(/^[A-Za-z0-9_-]+$/, 'letters, cijfers, - of _')
      .describe('Code from the official list; for a ministry a short code of your choice'),
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Name; required for a ministry, taken from the official list otherwise'),
    domains: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(DOMAIN, 'een domeinnaam zoals utrecht.nl, zonder @ of https://')
          .describe('E-mail domain, e.g. utrecht.nl'),
      )
      .max(20)
      .default([])
      .describe("E-mail domains the organisation's IdP may sign in (verified by you)"),
    firstAdmin: z
      .object({
        email: z.email().max(254).describe('Address of the first organisation admin'),
        displayName: z.string().trim().min(1).max(200).optional().describe('Their name'),
      })
      .strict()
      .describe('Receives an invitation as organisation admin (beheerder)'),
  })
  .strict();

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') }).strict();

export const AdminOrganisation = z.object({
  id: z.string(),
  type: OrganisationTypeSchema,
  code: z.string(),
  name: z.string(),
  members: z.number().int().describe('People with at least one role there'),
  createdAt: z.string(),
  active: z
    .boolean()
    .describe('False while deactivated: data kept, sign-in and API tokens refused'),
  deactivatedAt: z.string().nullable(),
});

export const AdminOrganisationList = z.object({ organisations: z.array(AdminOrganisation) });

export const OrganisationSetUp = z.object({
  organisation: AdminOrganisation,
  domains: z.array(z.string()),
  invitation: z.object({
    email: z.string(),
    expiresAt: z.string().describe('When the invitation link stops working'),
  }),
});
