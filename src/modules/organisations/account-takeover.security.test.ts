import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redirectUriFor } from '../../platform/auth/oidc/oidc-settings';
import { buildOrganisation, buildPerson, buildPlatformAdmin } from '../../test/factories';
import { oidcBrowserLogin } from '../../test/oidc-browser';
import { startTestIdp, type TestIdp } from '../../test/oidc-idp';
import { buildTestApp, type TestApp } from '../../test/test-app';

/**
 * Issue 10: an organisation admin adds the address of a person of another
 * organisation (here: a platform admin who also runs another municipality),
 * points their own organisation's OIDC login at an IdP they control which
 * asserts that address, and logs in as that person. Every step is tried with
 * a real OpenID Provider under the attacker's control; the test collects what
 * the attacker achieved and expects nothing.
 */

let t: TestApp;
let evilIdp: TestIdp;
beforeAll(async () => {
  t = await buildTestApp();
  evilIdp = await startTestIdp({ redirectUri: redirectUriFor(t.deps.config.publicUrl) });
});
afterAll(async () => {
  await evilIdp?.close();
  await t?.close();
});

const ATTACKER_DOMAIN = 'aanvaller.example';

/** The attacker's organisation, its admin, and its login pointed at the attacker's IdP. */
async function attackerOrganisation(extraVerifiedDomains: string[] = []) {
  const org = await buildOrganisation(t.deps.db, { name: 'Gemeente Aanval' });
  const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
  // The platform admin verified the attacker organisation's own domain (and, when a
  // shared service centre uses one, a domain it shares with others).
  const platform = await buildPlatformAdmin(t.deps.db);
  await t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/organisations/${org.id}/verified-domains`,
    headers: platform.headers,
    payload: { domains: [ATTACKER_DOMAIN, ...extraVerifiedDomains] },
  });
  const oidc = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/orgs/${org.id}/oidc`,
    headers: admin.headers,
    payload: {
      issuer: evilIdp.issuer,
      clientId: evilIdp.clientId,
      clientSecret: evilIdp.clientSecret,
      defaultRole: 'reporter',
    },
  });
  expect(oidc.statusCode, oidc.body).toBe(200);
  return { org, admin };
}

/** A platform admin (password + TOTP) who also administers another municipality. */
async function victim() {
  const home = await buildOrganisation(t.deps.db, { name: 'Gemeente Doelwit' });
  const person = await buildPlatformAdmin(t.deps.db, home.id, ['org_admin', 'handler']);
  const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: person.headers });
  return { home, person, displayName: me.json().displayName as string };
}

/** What a session opened by the attacker's IdP can do with the victim's rights. */
async function victimRightsUsed(
  headers: Record<string, string>,
  v: Awaited<ReturnType<typeof victim>>,
): Promise<string[]> {
  const achieved: string[] = [];
  const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })).json();
  if (me.isPlatformAdmin) achieved.push('session carries platform-admin rights');
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/organisations',
    headers,
    payload: { type: 'gemeente', code: `GMX${Date.now() % 100000}`, name: 'Nepgemeente' },
  });
  if (created.statusCode === 201) achieved.push('created an organisation');
  const home = await t.app.inject({
    method: 'GET',
    url: `/api/v1/orgs/${v.home.id}/members`,
    headers,
  });
  if (home.statusCode === 200) achieved.push("read the members of the victim's organisation");
  return achieved;
}

describe('account takeover through an organisation-controlled IdP (issue 10)', () => {
  it('fails at every step for a person outside the attacker organisation', async () => {
    const v = await victim();
    const { org, admin } = await attackerOrganisation();
    const achieved: string[] = [];

    // Step 1: add the victim's address as a member of the attacker organisation.
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/members`,
      headers: admin.headers,
      payload: { email: v.person.email, displayName: 'Wie dan ook', roles: ['org_admin'] },
    });
    if (added.body.includes(v.displayName)) achieved.push("learnt the victim's name");
    const victimMe = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: v.person.headers,
    });
    const codes = victimMe.json().memberships.map((m: { code: string }) => m.code);
    if (codes.includes(org.code)) achieved.push('linked the victim into the attacker organisation');

    // Step 2: trust the attacker's IdP for the victim's domain (only the platform admin may).
    const domain = v.person.email.split('@')[1]!;
    const widen = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/organisations/${org.id}/verified-domains`,
      headers: admin.headers,
      payload: { domains: [ATTACKER_DOMAIN, domain] },
    });
    if (widen.statusCode === 200) achieved.push('verified a domain for its own IdP');

    // Step 3: the attacker's IdP asserts the victim's address, "verified".
    const login = await oidcBrowserLogin(t.app, evilIdp, org.code, {
      sub: `attacker-${Date.now()}`,
      email: v.person.email,
      emailVerified: true,
      name: 'Aanvaller',
    });
    if (login.headers) {
      const me = (
        await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: login.headers })
      ).json();
      if (me.id === v.person.id) achieved.push('signed in as the victim');
      achieved.push(...(await victimRightsUsed(login.headers, v)));
    } else {
      expect(login.location).toBe('/inloggen?fout=oidc');
    }

    expect(achieved).toEqual([]);

    // Control: the same IdP still signs in the attacker organisation's own people.
    const colleague = await oidcBrowserLogin(t.app, evilIdp, org.code, {
      sub: `colleague-${Date.now()}`,
      email: `collega-${Date.now()}@${ATTACKER_DOMAIN}`,
      emailVerified: true,
    });
    expect(colleague.headers).toBeDefined();
  });

  it("gives no rights outside the IdP's organisation, even to a member in a shared verified domain", async () => {
    const v = await victim();
    const domain = v.person.email.split('@')[1]!;
    // A shared service centre: the victim's domain is verified for the attacker organisation
    // too, and the victim is (legitimately) also a reporter there.
    const { org } = await attackerOrganisation([domain]);
    await t.deps.db
      .insertInto('membership')
      .values({ organisation_id: org.id, person_id: v.person.id, role: 'reporter' })
      .execute();

    const login = await oidcBrowserLogin(t.app, evilIdp, org.code, {
      sub: `attacker-${Date.now()}`,
      email: v.person.email,
      emailVerified: true,
    });
    // The organisation's IdP is trusted for that organisation: a session, but only there.
    expect(login.headers).toBeDefined();
    const me = (
      await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: login.headers! })
    ).json();
    expect(me.memberships.map((m: { code: string }) => m.code)).toEqual([org.code]);
    expect(await victimRightsUsed(login.headers!, v)).toEqual([]);
  });
});
