import { randomBytes, randomUUID } from 'node:crypto';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson, buildPlatformAdmin } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { SESSION_COOKIE } from './session-store';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const unique = () => randomBytes(3).toString('hex');

function createOrganisation(headers: Record<string, string>) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/organisations',
    headers,
    payload: { type: 'gemeente', code: `GMP${unique()}`, name: `Gemeente ${unique()}` },
  });
}

/** Headers of the session a login response opened. */
function sessionHeaders(res: { cookies: { name: string; value: string }[]; json(): unknown }) {
  const token = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
  const { csrfToken } = res.json() as { csrfToken: string };
  return { cookie: `${SESSION_COOKIE}=${token}`, 'x-csrf-token': csrfToken };
}

describe('platform administration needs password + TOTP', () => {
  it('refuses a platform admin without TOTP until they enrol and sign in again with it', async () => {
    const admin = await buildPerson(t.deps.db, null, [], { platformAdmin: true });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin.email, password: admin.password },
    });
    expect(login.json().status).toBe('ok');
    const passwordOnly = sessionHeaders(login);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: passwordOnly });
    expect(me.json()).toMatchObject({
      isPlatformAdmin: false,
      platformAdminNeedsSecondFactor: true,
    });
    const refused = await createOrganisation(passwordOnly);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().reason).toBe('second_factor_required');

    // Enrolling TOTP does not upgrade the session that logged in without it.
    const setup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/setup',
      headers: passwordOnly,
      payload: { currentPassword: admin.password },
    });
    const { secret } = setup.json() as { secret: string };
    const step = Math.floor(Date.now() / 1000);
    const enable = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/enable',
      headers: passwordOnly,
      payload: { code: await generate({ secret, epoch: step - 30 }) },
    });
    expect(enable.statusCode).toBe(200);
    expect((await createOrganisation(passwordOnly)).statusCode).toBe(403);

    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin.email, password: admin.password },
    });
    expect(first.json().status).toBe('totp_required');
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login/totp',
      payload: { challenge: first.json().challenge, code: await generate({ secret, epoch: step }) },
    });
    expect(second.statusCode, second.body).toBe(200);
    const withTotp = sessionHeaders(second);
    expect((await createOrganisation(withTotp)).statusCode).toBe(201);
  });

  it('refuses platform actions to people who are not platform admins', async () => {
    const org = await buildOrganisation(t.deps.db);
    const orgAdmin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    const res = await createOrganisation(orgAdmin.headers);
    expect(res.statusCode).toBe(403);
    expect(res.json().reason).toBeUndefined();
  });
});

describe('verified domains (platform admin only)', () => {
  const url = (orgId: string) => `/api/v1/admin/organisations/${orgId}/verified-domains`;

  it('are set by the platform admin, normalised, audited, and read back', async () => {
    const org = await buildOrganisation(t.deps.db);
    const platform = await buildPlatformAdmin(t.deps.db);
    const put = await t.app.inject({
      method: 'PUT',
      url: url(org.id),
      headers: platform.headers,
      payload: { domains: ['Utrecht.NL', 'utrecht.nl', 'ambtenaar.utrecht.nl'] },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toEqual({ domains: ['ambtenaar.utrecht.nl', 'utrecht.nl'] });
    const get = await t.app.inject({ method: 'GET', url: url(org.id), headers: platform.headers });
    expect(get.json()).toEqual({ domains: ['ambtenaar.utrecht.nl', 'utrecht.nl'] });
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'actor_id'])
      .where('organisation_id', '=', org.id)
      .execute();
    expect(audit).toContainEqual({ action: 'oidc.verified_domains.set', actor_id: platform.id });
  });

  it('name the bad entry and refuse unknown organisations', async () => {
    const platform = await buildPlatformAdmin(t.deps.db);
    const org = await buildOrganisation(t.deps.db);
    for (const bad of ['@utrecht.nl', 'https://utrecht.nl', 'localhost', 'utrecht..nl', '*.nl']) {
      const res = await t.app.inject({
        method: 'PUT',
        url: url(org.id),
        headers: platform.headers,
        payload: { domains: ['utrecht.nl', bad] },
      });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().errors[0].field).toBe('body.domains.1');
    }
    const unknown = await t.app.inject({
      method: 'PUT',
      url: url(randomUUID()),
      headers: platform.headers,
      payload: { domains: ['utrecht.nl'] },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('cannot be changed or read by the organisation admin, nor by a platform admin without TOTP', async () => {
    const org = await buildOrganisation(t.deps.db);
    const orgAdmin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    const noTotp = await buildPerson(t.deps.db, null, [], { platformAdmin: true });
    for (const who of [orgAdmin, noTotp]) {
      for (const method of ['GET', 'PUT'] as const) {
        const res = await t.app.inject({
          method,
          url: url(org.id),
          headers: who.headers,
          payload: method === 'PUT' ? { domains: ['evil.example'] } : undefined,
        });
        expect(res.statusCode).toBe(403);
      }
    }
    const rows = await t.deps.db
      .selectFrom('organisation_domain')
      .select('domain')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(rows).toEqual([]);
  });
});
