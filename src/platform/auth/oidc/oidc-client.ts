import * as client from 'openid-client';
import type { Config } from '../../../config';

/** Discovery documents are reused this long, so a login costs no extra round trip. */
export const DISCOVERY_TTL_MS = 60 * 60 * 1000;
/** Every request to an IdP gives up after this many seconds. */
export const IDP_TIMEOUT_S = 10;

/** What Weerbaar needs to talk to one organisation's IdP. */
export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE only). */
  clientSecret: string | null;
  scopes: string;
}

/** The checks a callback must pass, stored between start and callback. */
export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The identity the IdP vouched for, after every check passed. */
export interface OidcIdentityClaims {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean | null;
  name: string | null;
}

export type DiscoveryFailure = 'insecure' | 'unreachable' | 'invalid';

/** Discovery of an issuer failed; `reason` says why in a way safe to show an admin. */
export class OidcDiscoveryError extends Error {
  constructor(
    readonly reason: DiscoveryFailure,
    options?: { cause?: unknown },
  ) {
    super(`OIDC discovery failed: ${reason}`, options);
    this.name = 'OidcDiscoveryError';
  }
}

/** The authorization response or the tokens did not pass validation. */
export class OidcTokenError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('OIDC code exchange or token validation failed', options);
    this.name = 'OidcTokenError';
  }
}

interface CachedIssuer {
  metadata: client.ServerMetadata;
  jwks?: ReturnType<typeof client.getJwksCache>;
  fetchedAt: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The OpenID Connect relying party: discovery (cached per issuer), the
 * authorization URL with PKCE, state and nonce, and the code exchange with
 * full ID token validation (signature, issuer, audience, expiry, nonce).
 */
export class OidcClient {
  private readonly issuers = new Map<string, CachedIssuer>();

  /** Plain-http issuers are only allowed on the loopback interface outside production (tests, local IdPs). */
  constructor(private readonly allowLoopbackHttp: boolean) {}

  /** True when plain http is to be allowed for this issuer; throws for http anywhere else. */
  private plainHttpAllowed(issuer: URL): boolean {
    if (issuer.protocol === 'https:') return false;
    if (issuer.protocol === 'http:' && this.allowLoopbackHttp && LOOPBACK.has(issuer.hostname)) {
      return true;
    }
    throw new OidcDiscoveryError('insecure');
  }

  /** Fetch the issuer's discovery document now (bypassing the cache) and remember it. */
  async discover(issuer: string, clientId: string): Promise<client.ServerMetadata> {
    let url: URL;
    try {
      url = new URL(issuer);
    } catch (cause) {
      throw new OidcDiscoveryError('invalid', { cause });
    }
    const insecure = this.plainHttpAllowed(url);
    let config: client.Configuration;
    try {
      config = await client.discovery(url, clientId, undefined, client.None(), {
        execute: insecure ? [client.allowInsecureRequests] : [],
        timeout: IDP_TIMEOUT_S,
      });
    } catch (cause) {
      throw new OidcDiscoveryError(isNetworkFailure(cause) ? 'unreachable' : 'invalid', { cause });
    }
    const metadata = config.serverMetadata();
    if (!metadata.authorization_endpoint || !metadata.token_endpoint || !metadata.jwks_uri) {
      throw new OidcDiscoveryError('invalid');
    }
    this.issuers.set(metadata.issuer, { metadata, fetchedAt: Date.now() });
    if (metadata.issuer !== issuer) this.issuers.set(issuer, { metadata, fetchedAt: Date.now() });
    return metadata;
  }

  private async configuration(settings: OidcClientSettings): Promise<client.Configuration> {
    let cached = this.issuers.get(settings.issuer);
    if (!cached || cached.fetchedAt + DISCOVERY_TTL_MS < Date.now()) {
      await this.discover(settings.issuer, settings.clientId);
      cached = this.issuers.get(settings.issuer)!;
    }
    const metadata = cached.metadata;
    const config = new client.Configuration(
      metadata,
      settings.clientId,
      undefined,
      clientAuth(metadata, settings.clientSecret),
    );
    config.timeout = IDP_TIMEOUT_S;
    if (this.plainHttpAllowed(new URL(metadata.issuer))) client.allowInsecureRequests(config);
    // Verify the ID token signature too, not only trust the TLS channel to the token endpoint.
    client.enableNonRepudiationChecks(config);
    if (cached.jwks) client.setJwksCache(config, cached.jwks);
    return config;
  }

  private rememberJwks(issuer: string, config: client.Configuration) {
    const cached = this.issuers.get(issuer);
    const jwks = client.getJwksCache(config);
    if (cached && jwks) cached.jwks = jwks;
  }

  /** Build the URL that sends the browser to the IdP, with fresh state, nonce and PKCE verifier. */
  async authorizationRequest(
    settings: OidcClientSettings,
    redirectUri: string,
  ): Promise<{ url: URL; checks: OidcChecks }> {
    const config = await this.configuration(settings);
    const checks: OidcChecks = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: settings.scopes,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, checks };
  }

  /**
   * Exchange the code from the callback URL for tokens and validate them.
   * `callbackUrl` must be the redirect URI plus the query the IdP sent.
   */
  async exchangeCode(
    settings: OidcClientSettings,
    callbackUrl: URL,
    checks: OidcChecks,
  ): Promise<OidcIdentityClaims> {
    const config = await this.configuration(settings);
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        pkceCodeVerifier: checks.codeVerifier,
        idTokenExpected: true,
      });
      this.rememberJwks(settings.issuer, config);
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      let claims: Record<string, unknown> = { ...idToken };
      // Many IdPs put e-mail and name only in the userinfo response.
      if (!claims.email && config.serverMetadata().userinfo_endpoint) {
        const info = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
        claims = { ...info, ...claims, email: info.email, email_verified: info.email_verified };
        claims.name ??= info.name;
      }
      return {
        issuer: idToken.iss,
        subject: idToken.sub,
        email: typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null,
        emailVerified: parseVerified(claims.email_verified),
        name: typeof claims.name === 'string' ? claims.name : null,
      };
    } catch (cause) {
      throw new OidcTokenError({ cause });
    }
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'OAUTH_TIMEOUT',
  'OAUTH_ABORT',
]);

/** A refused connection, DNS failure or timeout, somewhere in the cause chain. */
function isNetworkFailure(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: string }).code;
    if (code && NETWORK_CODES.has(code)) return true;
    if (e instanceof TypeError && e.message === 'fetch failed') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Some IdPs send email_verified as the string "true". */
function parseVerified(value: unknown): boolean | null {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return null;
}

/** client_secret_basic is the spec default; fall back to _post when that is all the IdP offers. */
function clientAuth(metadata: client.ServerMetadata, secret: string | null): client.ClientAuth {
  if (!secret) return client.None();
  const methods = metadata.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
  if (!methods.includes('client_secret_basic') && methods.includes('client_secret_post')) {
    return client.ClientSecretPost(secret);
  }
  return client.ClientSecretBasic(secret);
}

const clients = new WeakMap<Config, OidcClient>();

/** The one relying-party instance of an application (its discovery cache is shared by all routes). */
export function oidcClientFor(config: Config): OidcClient {
  let c = clients.get(config);
  if (!c) {
    c = new OidcClient(config.env !== 'production');
    clients.set(config, c);
  }
  return c;
}
