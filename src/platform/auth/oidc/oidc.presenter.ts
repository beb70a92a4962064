import type { OidcConfigRow } from './oidc.repository';
import type { OidcProvider, OidcSettings } from './oidc.schemas';

/** Configuration for the admin: an explicit whitelist, so the secret can never leak out. */
export function presentOidcSettings(
  row: OidcConfigRow | undefined,
  redirectUri: string,
  verifiedDomains: string[],
): OidcSettings {
  return {
    redirectUri,
    verifiedDomains,
    config: row
      ? {
          issuer: row.issuer,
          clientId: row.client_id,
          hasClientSecret: row.client_secret_enc !== null,
          scopes: row.scopes,
          enabled: row.enabled,
          defaultRole: row.default_role,
        }
      : null,
  };
}

export function presentProvider(row: { code: string; name: string }): OidcProvider {
  return { organisationCode: row.code, organisationName: row.name };
}
