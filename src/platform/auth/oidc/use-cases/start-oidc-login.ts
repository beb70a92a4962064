import { sha256 } from '../../tokens';
import { safeReturnTo } from '../oidc.policy';
import {
  deleteExpiredLoginStates,
  findEnabledConfigByCode,
  insertLoginState,
} from '../oidc.repository';
import { clientSettings, type OidcLoginDeps } from '../oidc-settings';

/** A login must come back from the IdP within this time. */
export const LOGIN_STATE_TTL_MS = 10 * 60 * 1000;
/** Organisation codes are short (GM0344, WS0155); longer input is not looked up. */
const MAX_CODE_LENGTH = 64;

/** The organisation has no enabled IdP (or does not exist; the two are not told apart). */
export class OidcNotConfiguredError extends Error {
  constructor() {
    super('No enabled OIDC configuration for this organisation');
    this.name = 'OidcNotConfiguredError';
  }
}

/**
 * Start a login at an organisation's IdP: store state (hashed), nonce, PKCE
 * verifier and the return path for ten minutes, and return the URL to send
 * the browser to plus the state to bind to the browser in a cookie.
 * Throws OidcNotConfiguredError, or OidcDiscoveryError when the IdP is down.
 */
export async function startOidcLogin(
  deps: OidcLoginDeps,
  organisationCode: string,
  returnTo: string | undefined,
): Promise<{ url: string; state: string }> {
  if (organisationCode.length > MAX_CODE_LENGTH) throw new OidcNotConfiguredError();
  const config = await findEnabledConfigByCode(deps.db, organisationCode);
  if (!config) throw new OidcNotConfiguredError();
  const settings = await clientSettings(deps.db, deps.keyring, config);
  const { url, checks } = await deps.oidc.authorizationRequest(settings, deps.redirectUri);
  const now = new Date();
  // Abandoned logins are swept here, so the table stays small without a job.
  await deleteExpiredLoginStates(deps.db, now);
  await insertLoginState(deps.db, {
    stateHash: sha256(checks.state),
    organisationId: config.organisation_id,
    codeVerifier: checks.codeVerifier,
    nonce: checks.nonce,
    returnTo: safeReturnTo(returnTo),
    expiresAt: new Date(now.getTime() + LOGIN_STATE_TTL_MS),
  });
  return { url: url.href, state: checks.state };
}
