import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type AdapterPayload } from 'oidc-provider';

/** A person known to the test IdP. */
export interface IdpAccount {
  sub: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
}

export interface TestIdp {
  /** Issuer identifier, e.g. http://127.0.0.1:41234 */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The account that signs in at the next login prompt. */
  signInAs(account: IdpAccount): void;
  /** Make the next login prompt end in `access_denied`, as when the user cancels. */
  denyNext(): void;
  /**
   * Act as the browser: follow the redirects from an authorization URL through
   * the IdP (with its cookies) until the IdP sends the browser back to the
   * client's redirect URI, and return that URL (carrying code and state).
   */
  authorize(authorizationUrl: string): Promise<URL>;
  close(): Promise<void>;
}

/** Browser-style redirects to follow before giving up. */
const MAX_REDIRECTS = 20;
/** Lifetime of every IdP artefact in seconds; tests finish long before. */
const TTL_S = 600;

/**
 * A real OpenID Provider (oidc-provider) on a free 127.0.0.1 port, with one
 * confidential client that must use PKCE. Interactions are completed by
 * code instead of a login form: the login prompt signs in the account set
 * with `signInAs`, the consent prompt grants what was asked.
 */
export async function startTestIdp(options: {
  redirectUri: string;
  clientId?: string;
}): Promise<TestIdp> {
  const clientId = options.clientId ?? `weerbaar-${randomBytes(4).toString('hex')}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const accounts = new Map<string, IdpAccount>();
  let next: IdpAccount | null = null;
  let deny = false;
  let provider: Provider | null = null;

  const server = http.createServer((req, res) => {
    if (!provider) {
      res.statusCode = 503;
      res.end();
      return;
    }
    const match = req.url?.match(/^\/interaction\/([\w-]+)$/);
    if (match) {
      completeInteraction(provider, req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    provider.callback()(req, res);
  });

  async function completeInteraction(
    p: Provider,
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ) {
    const details = await p.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      if (deny || !next) {
        deny = false;
        await p.interactionFinished(
          req,
          res,
          { error: 'access_denied', error_description: 'End-User aborted interaction' },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      accounts.set(next.sub, next);
      await p.interactionFinished(
        req,
        res,
        { login: { accountId: next.sub } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    // Consent: grant exactly what the prompt says is missing.
    const missing = details.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
    };
    const grant = details.grantId
      ? await p.Grant.find(details.grantId)
      : new p.Grant({
          accountId: details.session?.accountId ?? '',
          clientId: String(details.params.client_id),
        });
    if (!grant) throw new Error('grant not found');
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    await p.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = {
    ...privateKey.export({ format: 'jwk' }),
    kid: 'test-key',
    use: 'sig',
    alg: 'RS256',
  };
  const ttl = () => TTL_S;

  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    adapter: memoryAdapter(),
    findAccount: (_ctx: unknown, id: string) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: account.sub,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.name,
        }),
      };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, i: { uid: string }) => `/interaction/${i.uid}` },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    jwks: { keys: [jwk] },
    ttl: {
      AccessToken: ttl,
      AuthorizationCode: ttl,
      IdToken: ttl,
      Interaction: ttl,
      Session: ttl,
      Grant: ttl,
    },
    clientBasedCORS: () => false,
    renderError: (ctx: { type: string; body: unknown }, out: Record<string, string>) => {
      ctx.type = 'json';
      ctx.body = out;
    },
  });

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(account) {
      next = account;
    },
    denyNext() {
      deny = true;
    },
    async authorize(authorizationUrl) {
      const jar = new Map<string, string>();
      let url = authorizationUrl;
      for (let hop = 0; hop < MAX_REDIRECTS; hop++) {
        if (url.startsWith(options.redirectUri)) return new URL(url);
        const res = await fetch(url, {
          redirect: 'manual',
          headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        for (const line of res.headers.getSetCookie()) {
          const [pair] = line.split(';');
          const eq = pair!.indexOf('=');
          jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
        }
        const location = res.headers.get('location');
        if (!location) {
          throw new Error(`IdP answered ${res.status} without a redirect: ${await res.text()}`);
        }
        url = new URL(location, url).href;
      }
      throw new Error('too many redirects at the IdP');
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The smallest storage oidc-provider accepts, one per IdP so instances stay apart. */
function memoryAdapter() {
  const store = new Map<string, AdapterPayload>();
  return class MemoryAdapter {
    constructor(private readonly model: string) {}
    private key(id: string) {
      return `${this.model}:${id}`;
    }
    async upsert(id: string, payload: AdapterPayload) {
      store.set(this.key(id), payload);
    }
    async find(id: string) {
      return store.get(this.key(id));
    }
    async findByUid(uid: string) {
      for (const [key, payload] of store)
        if (key.startsWith(`${this.model}:`) && payload.uid === uid) return payload;
      return undefined;
    }
    async findByUserCode(userCode: string) {
      for (const [key, payload] of store)
        if (key.startsWith(`${this.model}:`) && payload.userCode === userCode) return payload;
      return undefined;
    }
    async consume(id: string) {
      const payload = store.get(this.key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string) {
      for (const [key, payload] of store) if (payload.grantId === grantId) store.delete(key);
    }
  };
}
