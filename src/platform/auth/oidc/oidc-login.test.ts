import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../test/dump';
import { buildOrganisation, buildPerson, buildPlatformAdmin } from '../../../test/factories';
import { type IdpAccount, startTestIdp, type TestIdp } from '../../../test/oidc-idp';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { PLATFORM_CHAIN } from '../../audit/audit-log';
import { SESSION_COOKIE } from '../session-store';
import { sha256 } from '../tokens';
import { OIDC_FAILURE_PATH, OIDC_STATE_COOKIE } from './oidc.routes';
import { redirectUriFor } from './oidc-settings';

let t: TestApp;
let idp: TestIdp;
beforeAll(async () => {
  t = await buildTestApp();
  idp = await startTestIdp({ redirectUri: redirectUriFor(t.deps.config.publicUrl) });
});
afterAll(async () => {
  await idp?.close();
  await t?.close();
});

const unique = () => randomBytes(4).toString('hex');

function account(overrides: Partial<IdpAccount> = {}): IdpAccount {
  const id = unique();
  return {
    sub: `sub-${id}`,
    email: `oidc-${id}@gemeente.example`,
    emailVerified: true,
    name: `Ambtenaar ${id}`,
    ...overrides,
  };
}

/** Domains of the test IdP's accounts and of people made by the factories. */
const TEST_DOMAINS = ['gemeente.example', 'test.weerbaar.nl'];

/** The platform admin verifies e-mail domains for an organisation through the admin route. */
async function verifyDomains(orgId: string, domains: string[]) {
  const platformAdmin = await buildPlatformAdmin(t.deps.db);
  const res = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/organisations/${orgId}/verified-domains`,
    headers: platformAdmin.headers,
    payload: { domains },
  });
  expect(res.statusCode, res.body).toBe(200);
}

/** An organisation whose admin has set up OIDC through the admin route. */
async function organisationWithIdp(
  settings: { defaultRole?: string; enabled?: boolean; domains?: string[] } = {},
) {
  const org = await buildOrganisation(t.deps.db);
  await verifyDomains(org.id, settings.domains ?? TEST_DOMAINS);
  const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
  const res = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/orgs/${org.id}/oidc`,
    headers: admin.headers,
    payload: {
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      defaultRole: settings.defaultRole ?? 'reporter',
      enabled: settings.enabled ?? true,
    },
  });
  expect(res.statusCode, res.body).toBe(200);
  return org;
}

/** The start step as a browser does it: the redirect to the IdP and the state cookie. */
async function start(code: string, returnTo?: string) {
  const query = returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/auth/oidc/${code}/start${query}` });
  const cookie = res.cookies.find((c) => c.name === OIDC_STATE_COOKIE);
  return { res, location: res.headers.location as string, stateCookie: cookie?.value };
}

function callback(url: URL, stateCookie: string | undefined) {
  return t.app.inject({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    cookies: stateCookie ? { [OIDC_STATE_COOKIE]: stateCookie } : {},
  });
}

/** A whole login: start, sign in at the real IdP, come back. */
async function login(code: string, who: IdpAccount, returnTo?: string) {
  const s = await start(code, returnTo);
  expect(s.res.statusCode).toBe(302);
  idp.signInAs(who);
  const back = await idp.authorize(s.location);
  const res = await callback(back, s.stateCookie);
  const session = res.cookies.find((c) => c.name === SESSION_COOKIE);
  return { res, back, stateCookie: s.stateCookie, session };
}

async function me(sessionToken: string | undefined) {
  return t.app.inject({
    method: 'GET',
    url: '/api/v1/me',
    headers: { cookie: `${SESSION_COOKIE}=${sessionToken}` },
  });
}

async function auditActions(chain: string) {
  const rows = await t.deps.db
    .selectFrom('audit_event')
    .select(['action', 'object_id', 'result'])
    .where('organisation_id', '=', chain)
    .orderBy('id')
    .execute();
  return rows;
}

async function lastPlatformAudit(orgId: string) {
  const rows = (await auditActions(PLATFORM_CHAIN)).filter((r) => r.object_id === orgId);
  return rows.at(-1);
}

describe('OIDC login against a real OpenID Provider', () => {
  it('logs a new person in with a working session, the default role and the return path', async () => {
    const org = await organisationWithIdp({ defaultRole: 'handler' });
    const who = account();
    const { res, session } = await login(org.code, who, '/meldingen/123?tab=nazorg');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/meldingen/123?tab=nazorg');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');

    const profile = await me(session?.value);
    expect(profile.statusCode).toBe(200);
    const body = profile.json();
    expect(body.email).toBe(who.email);
    expect(body.displayName).toBe(who.name);
    expect(body.memberships).toEqual([
      expect.objectContaining({ organisationId: org.id, code: org.code, roles: ['handler'] }),
    ]);

    const sessionRow = await t.deps.db
      .selectFrom('session')
      .select('auth_method')
      .where('person_id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(sessionRow.auth_method).toBe('oidc');
    expect(await lastPlatformAudit(org.id)).toMatchObject({
      action: 'login.oidc.succeeded',
      result: 'success',
    });
    expect((await auditActions(org.id)).map((r) => r.action)).toContain('oidc.person_provisioned');
  });

  it('reuses the linked identity on the second login', async () => {
    const org = await organisationWithIdp();
    const who = account();
    const first = await login(org.code, who);
    const second = await login(org.code, { ...who, email: `changed-${who.email}` });
    const a = (await me(first.session?.value)).json();
    const b = (await me(second.session?.value)).json();
    expect(b.id).toBe(a.id);
    expect(b.email).toBe(who.email);
    const identities = await t.deps.db
      .selectFrom('oidc_identity')
      .select('person_id')
      .where('subject', '=', who.sub)
      .execute();
    expect(identities).toEqual([{ person_id: a.id }]);
  });

  it('links a verified e-mail address to an existing member, keeping their roles', async () => {
    const org = await organisationWithIdp({ defaultRole: 'handler' });
    const member = await buildPerson(t.deps.db, org.id, ['clerk']);
    const { res, session } = await login(org.code, account({ email: member.email }));
    expect(res.headers.location).toBe('/');
    const body = (await me(session?.value)).json();
    expect(body.id).toBe(member.id);
    expect(body.memberships[0].roles).toEqual(['clerk']);
    expect((await auditActions(org.id)).map((r) => r.action)).toContain('oidc.identity_linked');
  });

  it('refuses to take over the account of someone outside the organisation', async () => {
    const org = await organisationWithIdp();
    const other = await buildOrganisation(t.deps.db);
    const outsider = await buildPerson(t.deps.db, other.id, ['org_admin']);
    const who = account({ email: outsider.email });
    const { res, session } = await login(org.code, who);
    expect(res.headers.location).toBe(OIDC_FAILURE_PATH);
    expect(session).toBeUndefined();
    // Nothing half-stored: no identity link, no membership in the IdP's organisation.
    const link = await t.deps.db
      .selectFrom('oidc_identity')
      .select('person_id')
      .where('subject', '=', who.sub)
      .executeTakeFirst();
    expect(link).toBeUndefined();
    const outsiderProfile = (
      await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: outsider.headers })
    ).json();
    expect(outsiderProfile.memberships.map((m: { code: string }) => m.code)).toEqual([other.code]);
    expect(await lastPlatformAudit(org.id)).toMatchObject({
      action: 'login.oidc.email_taken',
      result: 'denied',
    });
  });

  it('refuses an address outside the verified domains, audited without the address', async () => {
    const org = await organisationWithIdp({ domains: ['gemeente.example'] });
    const who = account({ email: `iemand-${unique()}@elders.example` });
    const { res, session } = await login(org.code, who);
    expect(res.headers.location).toBe(OIDC_FAILURE_PATH);
    expect(session).toBeUndefined();
    const last = await lastPlatformAudit(org.id);
    expect(last).toMatchObject({ action: 'login.oidc.domain_unverified', result: 'denied' });
    expect(JSON.stringify(await auditActions(PLATFORM_CHAIN))).not.toContain(who.email);
    const person = await t.deps.db
      .selectFrom('person')
      .select('id')
      .where('email', '=', who.email!)
      .executeTakeFirst();
    expect(person).toBeUndefined();
  });

  it('refuses everyone while the platform admin has verified no domain', async () => {
    const org = await organisationWithIdp({ domains: [] });
    const { res } = await login(org.code, account());
    expect(res.headers.location).toBe(OIDC_FAILURE_PATH);
    expect((await lastPlatformAudit(org.id))?.action).toBe('login.oidc.domain_unverified');
  });

  it("opens a session with rights in the IdP's organisation only", async () => {
    const org = await organisationWithIdp();
    const elsewhere = await buildOrganisation(t.deps.db);
    const member = await buildPerson(t.deps.db, org.id, ['clerk']);
    await t.deps.db
      .insertInto('membership')
      .values({ organisation_id: elsewhere.id, person_id: member.id, role: 'handler' })
      .execute();
    const { session } = await login(org.code, account({ email: member.email }));
    const body = (await me(session?.value)).json();
    expect(body.id).toBe(member.id);
    expect(body.memberships.map((m: { code: string }) => m.code)).toEqual([org.code]);
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${elsewhere.id}`,
      headers: { cookie: `${SESSION_COOKIE}=${session?.value}` },
    });
    expect(other.statusCode).toBe(404);
    const row = await t.deps.db
      .selectFrom('session')
      .select('organisation_id')
      .where('person_id', '=', member.id)
      .where('auth_method', '=', 'oidc')
      .executeTakeFirstOrThrow();
    expect(row.organisation_id).toBe(org.id);
    // The same person's password session still carries both organisations.
    const local = (
      await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: member.headers })
    ).json();
    expect(local.memberships).toHaveLength(2);
  });

  it('treats an OIDC session without an organisation restriction (from before) as logged out', async () => {
    const org = await organisationWithIdp();
    const { session } = await login(org.code, account());
    expect((await me(session?.value)).statusCode).toBe(200);
    await t.deps.db
      .updateTable('session')
      .set({ organisation_id: null })
      .where('id_hash', '=', sha256(session!.value))
      .execute();
    expect((await me(session?.value)).statusCode).toBe(401);
  });

  it('refuses to link a member by an e-mail address the IdP has not verified', async () => {
    const org = await organisationWithIdp();
    const member = await buildPerson(t.deps.db, org.id, ['reporter']);
    const { res } = await login(org.code, account({ email: member.email, emailVerified: false }));
    expect(res.headers.location).toBe(OIDC_FAILURE_PATH);
    expect((await lastPlatformAudit(org.id))?.action).toBe('login.oidc.email_unverified');
  });

  it('refuses a linked person whom an admin removed from the organisation', async () => {
    const org = await organisationWithIdp();
    const who = account();
    const first = await login(org.code, who);
    const personId = (await me(first.session?.value)).json().id;
    await t.deps.db
      .deleteFrom('membership')
      .where('organisation_id', '=', org.id)
      .where('person_id', '=', personId)
      .execute();
    const again = await login(org.code, who);
    expect(again.res.headers.location).toBe(OIDC_FAILURE_PATH);
    expect((await lastPlatformAudit(org.id))?.action).toBe('login.oidc.not_member');
  });

  it('fails a replayed callback and an unknown state, sending the person to the login page', async () => {
    const org = await organisationWithIdp();
    const { res, back, stateCookie } = await login(org.code, account());
    expect(res.statusCode).toBe(302);
    const replay = await callback(back, stateCookie);
    expect(replay.statusCode).toBe(302);
    expect(replay.headers.location).toBe(OIDC_FAILURE_PATH);
    expect(replay.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();

    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/oidc/callback?code=abc&state=made-up',
      cookies: { [OIDC_STATE_COOKIE]: 'made-up' },
    });
    expect(unknown.headers.location).toBe(OIDC_FAILURE_PATH);
    const platform = await auditActions(PLATFORM_CHAIN);
    expect(platform.filter((r) => r.action === 'login.oidc.state_unknown').length).toBeGreaterThan(
      1,
    );
  });

  it('fails a callback that arrives in another browser than the one that started', async () => {
    const org = await organisationWithIdp();
    const s = await start(org.code);
    idp.signInAs(account());
    const back = await idp.authorize(s.location);
    const res = await callback(back, undefined);
    expect(res.headers.location).toBe(OIDC_FAILURE_PATH);
    expect(res.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    expect((await lastPlatformAudit(org.id))?.action).toBe('login.oidc.browser_mismatch');
  });

  it('fails an expired login', async () => {
    const org = await organisationWithIdp();
    const s = await start(org.code);
    await t.deps.db
      .updateTable('oidc_login_state')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('organisation_id', '=', org.id)
      .execute();
    idp.signInAs(account());
    const res = await callback(await idp.authorize(s.location), s.stateCookie);
    expect(res.headers.location).toBe(OIDC_FAILURE_PATH);
    expect((await lastPlatformAudit(org.id))?.action).toBe('login.oidc.state_expired');
  });

  it('fails when the person cancels at the IdP', async () => {
    const org = await organisationWithIdp();
    const s = await start(org.code);
    idp.denyNext();
    const back = await idp.authorize(s.location);
    expect(back.searchParams.get('error')).toBe('access_denied');
    const res = await callback(back, s.stateCookie);
    expect(res.headers.location).toBe(OIDC_FAILURE_PATH);
    expect((await lastPlatformAudit(org.id))?.action).toBe('login.oidc.idp_error');
  });

  it('fails when the ID token nonce does not match the login', async () => {
    const org = await organisationWithIdp();
    const s = await start(org.code);
    await t.deps.db
      .updateTable('oidc_login_state')
      .set({ nonce: 'not-the-nonce-sent-to-the-idp' })
      .where('organisation_id', '=', org.id)
      .execute();
    idp.signInAs(account());
    const res = await callback(await idp.authorize(s.location), s.stateCookie);
    expect(res.headers.location).toBe(OIDC_FAILURE_PATH);
    expect(res.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    expect((await lastPlatformAudit(org.id))?.action).toBe('login.oidc.token_invalid');
  });

  it.each(['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)'])(
    'never redirects off-site after login (returnTo %s)',
    async (returnTo) => {
      const org = await organisationWithIdp();
      const { res } = await login(org.code, account(), returnTo);
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/');
    },
  );

  it('sends the browser to the IdP with PKCE (S256), state and nonce', async () => {
    const org = await organisationWithIdp();
    const s = await start(org.code);
    const url = new URL(s.location);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('state')).toBe(s.stateCookie);
    expect(url.searchParams.get('redirect_uri')).toBe(
      `${t.deps.config.publicUrl}/api/v1/auth/oidc/callback`,
    );
  });

  it('lists only enabled providers, and will not start a login for the others', async () => {
    const on = await organisationWithIdp();
    const off = await organisationWithIdp({ enabled: false });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/providers' });
    expect(res.statusCode).toBe(200);
    const list = res.json() as { organisationCode: string; organisationName: string }[];
    expect(list).toContainEqual({ organisationCode: on.code, organisationName: on.name });
    expect(list.map((p) => p.organisationCode)).not.toContain(off.code);
    expect(Object.keys(list[0]!).sort()).toEqual(['organisationCode', 'organisationName']);

    for (const code of [off.code, 'GM-UNKNOWN']) {
      const s = await start(code);
      expect(s.res.statusCode).toBe(302);
      expect(s.location).toBe(OIDC_FAILURE_PATH);
    }
  });

  it('keeps state and client secret out of a database dump', async () => {
    const org = await organisationWithIdp();
    const s = await start(org.code);
    const dump = await dumpDatabase(t.deps.db);
    expect(s.stateCookie).toBeTruthy();
    expect(dump).not.toContain(s.stateCookie);
    expect(dump).not.toContain(idp.clientSecret);
  });
});
