import type { Db } from '../../../db/database';
import type { KeyRing } from '../../crypto/keyring';
import type { OidcConfigRow } from './oidc.repository';
import type { OidcClient, OidcClientSettings } from './oidc-client';

/** What the login use cases need from the application. */
export interface OidcLoginDeps {
  db: Db;
  keyring: KeyRing;
  oidc: OidcClient;
  /** `${publicUrl}/api/v1/auth/oidc/callback`, registered at every IdP. */
  redirectUri: string;
}

/** Path of the callback below the public URL; IdP admins register the full URL. */
export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

export function redirectUriFor(publicUrl: string): string {
  return `${publicUrl}${OIDC_CALLBACK_PATH}`;
}

/** A stored configuration with its client secret decrypted, ready for the relying party. */
export async function clientSettings(
  db: Db,
  keyring: KeyRing,
  row: OidcConfigRow,
): Promise<OidcClientSettings> {
  return {
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecret: row.client_secret_enc
      ? await keyring.decryptText(db, row.organisation_id, row.client_secret_enc)
      : null,
    scopes: row.scopes,
  };
}
