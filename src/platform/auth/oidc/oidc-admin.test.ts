import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../test/dump';
import { buildApiToken, buildOrganisation, buildPerson } from '../../../test/factories';
import { startTestIdp, type TestIdp } from '../../../test/oidc-idp';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { replaceVerifiedDomains } from './oidc.repository';
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

const url = (orgId: string) => `/api/v1/orgs/${orgId}/oidc`;

function settings(overrides: Record<string, unknown> = {}) {
  return {
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    ...overrides,
  };
}

async function orgWithAdmin() {
  const org = await buildOrganisation(t.deps.db);
  const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
  return { org, admin };
}

function put(orgId: string, headers: Record<string, string>, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'PUT', url: url(orgId), headers, payload });
}

describe('OIDC admin routes', () => {
  it('stores the settings after discovery and never returns the client secret', async () => {
    const { org, admin } = await orgWithAdmin();
    const res = await put(org.id, admin.headers, settings({ defaultRole: 'handler' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      redirectUri: `${t.deps.config.publicUrl}/api/v1/auth/oidc/callback`,
      verifiedDomains: [],
      config: {
        issuer: idp.issuer,
        clientId: idp.clientId,
        hasClientSecret: true,
        scopes: 'openid email profile',
        enabled: true,
        defaultRole: 'handler',
      },
    });
    const get = await t.app.inject({ method: 'GET', url: url(org.id), headers: admin.headers });
    expect(get.statusCode).toBe(200);
    expect(get.body).not.toContain(idp.clientSecret);
    expect(get.json().config.hasClientSecret).toBe(true);

    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'actor_id'])
      .where('organisation_id', '=', org.id)
      .execute();
    expect(audit).toContainEqual({ action: 'oidc_config.create', actor_id: admin.id });
  });

  it('shows the organisation admin the domains the platform admin verified', async () => {
    const { org, admin } = await orgWithAdmin();
    await replaceVerifiedDomains(t.deps.db, org.id, ['utrecht.nl']);
    const get = await t.app.inject({ method: 'GET', url: url(org.id), headers: admin.headers });
    expect(get.json().verifiedDomains).toEqual(['utrecht.nl']);
  });

  it('keeps the stored secret when it is left out, and removes it on null', async () => {
    const { org, admin } = await orgWithAdmin();
    await put(org.id, admin.headers, settings());
    const stored = () =>
      t.deps.db
        .selectFrom('oidc_config')
        .select('client_secret_enc')
        .where('organisation_id', '=', org.id)
        .executeTakeFirstOrThrow();
    const before = (await stored()).client_secret_enc;
    const kept = await put(org.id, admin.headers, settings({ clientSecret: undefined }));
    expect(kept.json().config.hasClientSecret).toBe(true);
    expect((await stored()).client_secret_enc).toBe(before);
    const removed = await put(org.id, admin.headers, settings({ clientSecret: null }));
    expect(removed.json().config.hasClientSecret).toBe(false);
    expect((await stored()).client_secret_enc).toBeNull();
  });

  it('shows that nothing is set up yet', async () => {
    const { org, admin } = await orgWithAdmin();
    const res = await t.app.inject({ method: 'GET', url: url(org.id), headers: admin.headers });
    expect(res.json().config).toBeNull();
  });

  it('encrypts the client secret at rest', async () => {
    const { org, admin } = await orgWithAdmin();
    const secret = `geheim-${org.id}`;
    expect((await put(org.id, admin.headers, settings({ clientSecret: secret }))).statusCode).toBe(
      200,
    );
    const dump = await dumpDatabase(t.deps.db);
    expect(dump).not.toContain(secret);
  });

  it.each([
    ['an unreachable address', 'http://127.0.0.1:1', 'niet bereikbaar'],
    ['an address without discovery document', 'PATH', 'geen geldige OIDC-aanbieder'],
    ['plain http off the local machine', 'http://idp.example', 'https://'],
  ])('names body.issuer in Dutch when discovery fails: %s', async (_case, issuer, phrase) => {
    const { org, admin } = await orgWithAdmin();
    const res = await put(
      org.id,
      admin.headers,
      settings({ issuer: issuer === 'PATH' ? `${idp.issuer}/niet-hier` : issuer }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body.detail).toContain(phrase);
    expect(body.errors).toEqual([{ field: 'body.issuer', message: body.detail }]);
    const get = await t.app.inject({ method: 'GET', url: url(org.id), headers: admin.headers });
    expect(get.json().config).toBeNull();
  });

  it.each([
    ['defaultRole', { defaultRole: 'org_admin' }],
    ['defaultRole', { defaultRole: 'national_analyst' }],
    ['scopes', { scopes: 'email profile' }],
    ['issuer', { issuer: 'niet een adres' }],
    ['clientId', { clientId: '' }],
    ['unexpected', { unexpected: true }],
  ])('names the invalid field %s and stores nothing', async (field, overrides) => {
    const { org, admin } = await orgWithAdmin();
    const res = await put(org.id, admin.headers, settings(overrides));
    expect(res.statusCode).toBe(400);
    const fields = (res.json().errors as { field: string; message: string }[]).map((e) =>
      JSON.stringify(e),
    );
    // Unknown keys are reported on `body` with the key named in the message.
    expect(fields.join()).toContain(field === 'unexpected' ? 'unexpected' : `"body.${field}"`);
    const row = await t.deps.db
      .selectFrom('oidc_config')
      .select('organisation_id')
      .where('organisation_id', '=', org.id)
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  describe('scoping', () => {
    const routes = () =>
      t.app.routeTable.filter((r) => r.url.startsWith('/api/v1/orgs/:orgId/oidc'));

    it('registers its routes as organisation-scoped', () => {
      expect(routes().map((r) => `${r.method} ${r.url}`)).toEqual([
        'GET /api/v1/orgs/:orgId/oidc',
        'PUT /api/v1/orgs/:orgId/oidc',
        'POST /api/v1/orgs/:orgId/oidc/test',
      ]);
      expect(routes().every((r) => r.scoped)).toBe(true);
    });

    it("gives another organisation's admin 404 on every route", async () => {
      const { org, admin } = await orgWithAdmin();
      await put(org.id, admin.headers, settings());
      const stranger = await orgWithAdmin();
      const token = await buildApiToken(t.deps.db, stranger.org.id, 'org_admin');
      for (const route of routes()) {
        for (const headers of [stranger.admin.headers, token]) {
          const res = await t.app.inject({
            method: route.method as 'GET' | 'PUT' | 'POST',
            url: route.url.replace(':orgId', org.id),
            headers,
            ...(route.method === 'GET' ? {} : { payload: settings() }),
          });
          expect(res.statusCode, `${route.method} ${route.url}`).toBe(404);
          expect(res.body).not.toContain(idp.clientId);
        }
      }
    });

    it('refuses members without the admin role, and anonymous callers', async () => {
      const { org, admin } = await orgWithAdmin();
      await put(org.id, admin.headers, settings());
      const handler = await buildPerson(t.deps.db, org.id, ['handler', 'reporter']);
      for (const route of routes()) {
        const payload = route.method === 'PUT' ? { payload: settings() } : {};
        const method = route.method as 'GET' | 'PUT';
        const target = route.url.replace(':orgId', org.id);
        const asMember = await t.app.inject({
          method,
          url: target,
          headers: handler.headers,
          ...payload,
        });
        expect(asMember.statusCode).toBe(403);
        const anonymous = await t.app.inject({ method, url: target, ...payload });
        expect(anonymous.statusCode).toBe(401);
      }
    });

    it('lets an admin API token of the organisation configure it', async () => {
      const { org } = await orgWithAdmin();
      const token = await buildApiToken(t.deps.db, org.id, 'org_admin');
      const res = await put(org.id, token, settings());
      expect(res.statusCode).toBe(200);
    });
  });
});
