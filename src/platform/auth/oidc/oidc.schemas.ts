import { z } from 'zod';
import { PROVISIONABLE_ROLES } from './oidc.policy';

// The login-flow parameters carry no length limits on purpose: these are browser
// navigations, and anything odd must end on the login page (a redirect), not in a
// JSON error. The use cases treat unknown or oversized values as a failed login.

export const OidcProvider = z.object({
  organisationCode: z.string().describe('Code of the organisation, used in the start URL'),
  organisationName: z.string().describe('Name to show on the login button'),
});
export type OidcProvider = z.infer<typeof OidcProvider>;

export const StartParams = z.object({
  organisationCode: z
    .string()
    .describe('Code of the organisation whose IdP to log in with, e.g. GM0344'),
});

export const StartQuery = z.object({
  returnTo: z
    .string()
    .optional()
    .describe('Path on this site to return to after login; anything else becomes /'),
});

/** What an IdP may send to the callback (RFC 6749 §4.1.2, RFC 9207); other parameters are ignored. */
export const CallbackQuery = z.object({
  code: z.string().optional().describe('Authorization code'),
  state: z.string().optional().describe('State from the start of this login'),
  iss: z.string().optional().describe('Issuer that sent the response (RFC 9207)'),
  error: z.string().optional().describe('Error code when the IdP did not log in'),
  error_description: z.string().optional().describe('Error text from the IdP'),
});

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });

/** Scope tokens (RFC 6749 §3.3), space separated. */
const SCOPE_LIST = /^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/;
const MAX_SCOPES = 20;

export const OidcSettingsBody = z
  .object({
    issuer: z
      .url({ protocol: /^https?$/, error: 'geen geldig https-adres' })
      .max(500)
      .describe('Issuer URL of the IdP; its /.well-known/openid-configuration must be reachable'),
    clientId: z.string().trim().min(1).max(255).describe('Client id registered at the IdP'),
    clientSecret: z
      .string()
      .min(1)
      .max(1000)
      .nullable()
      .optional()
      .describe(
        'Client secret (write-only: never returned). Omit to keep the stored secret, ' +
          'null to remove it (public client with PKCE only)',
      ),
    scopes: z
      .string()
      .trim()
      .max(500)
      .regex(SCOPE_LIST, 'scopes gescheiden door één spatie')
      .refine((s) => s.split(' ').includes('openid'), 'moet openid bevatten')
      .refine((s) => s.split(' ').length <= MAX_SCOPES, `hoogstens ${MAX_SCOPES} scopes`)
      .default('openid email profile')
      .describe('Scopes to request, space separated; must include openid'),
    enabled: z.boolean().default(true).describe('Whether the login button is offered'),
    defaultRole: z
      .enum(PROVISIONABLE_ROLES, {
        error:
          'kies een rol die bij de eerste inlog mag worden gegeven (geen beheerder of analist)',
      })
      .default('reporter')
      .describe(
        'Role given to a person on their first login through this IdP (never org_admin or national_analyst)',
      ),
  })
  .strict();
export type OidcSettingsBody = z.infer<typeof OidcSettingsBody>;

export const OidcSettings = z.object({
  redirectUri: z.string().describe('Redirect URI to register at the IdP'),
  verifiedDomains: z
    .array(z.string())
    .describe(
      'E-mail domains this IdP may sign in, set by the platform admin; other addresses are refused',
    ),
  config: z
    .object({
      issuer: z.string().describe('Issuer URL as the IdP states it'),
      clientId: z.string().describe('Client id registered at the IdP'),
      hasClientSecret: z
        .boolean()
        .describe('Whether a client secret is stored (it is never shown)'),
      scopes: z.string().describe('Scopes requested at login'),
      enabled: z.boolean().describe('Whether the login button is offered'),
      defaultRole: z.string().describe('Role given on first login'),
    })
    .nullable()
    .describe('Current configuration, or null when OIDC is not set up'),
});
export type OidcSettings = z.infer<typeof OidcSettings>;

/** Most verified domains one organisation may have. */
export const MAX_VERIFIED_DOMAINS = 50;
/** A DNS name of at least two labels, letters/digits/hyphens, as used after the @ of an address. */
const DOMAIN =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

export const VerifiedDomainsBody = z
  .object({
    domains: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(DOMAIN, 'een domeinnaam zoals utrecht.nl, zonder @ of https://')
          .describe('E-mail domain, e.g. utrecht.nl (exact: subdomains are not included)'),
      )
      .max(MAX_VERIFIED_DOMAINS)
      .describe("Complete new list of e-mail domains the organisation's IdP may sign in"),
  })
  .strict();

export const VerifiedDomains = z.object({
  domains: z
    .array(z.string())
    .describe("E-mail domains the organisation's IdP may sign in, set by the platform admin"),
});

export const OidcTestBody = OidcSettingsBody.pick({ issuer: true, clientId: true }).strict();

export const OidcTestResult = z.object({
  issuer: z.string().describe('Issuer as the IdP states it in its discovery document'),
  authorizationEndpoint: z.string(),
  tokenEndpoint: z.string(),
  userinfoEndpoint: z.string().nullable(),
  scopesSupported: z.array(z.string()),
  codeChallengeMethods: z.array(z.string()).describe('PKCE methods offered (S256 is used)'),
  claims: z
    .array(
      z.object({
        claim: z.string(),
        usedFor: z.string(),
        offered: z
          .boolean()
          .nullable()
          .describe('Whether the IdP lists this claim; null when it lists none'),
      }),
    )
    .describe('The claims Weerbaar maps, and whether the IdP says it offers them'),
});
