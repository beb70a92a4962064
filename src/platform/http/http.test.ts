import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from '../../app';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('HTTP platform', () => {
  it('reports liveness and readiness', async () => {
    expect((await t.app.inject({ url: '/health/live' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/health/ready' })).json()).toEqual({
      status: 'ok',
      checks: { database: 'ok', migrations: 'ok', jobs: 'off' },
    });
  });

  it('sends strict security headers with a CSP that forbids inline scripts', async () => {
    const res = await t.app.inject({ url: '/health/live' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('answers malformed JSON with problem details', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      status: 400,
      code: 'bad_request',
      errors: [{ field: 'body' }],
    });
  });

  it('names unknown fields and wrong types', async () => {
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@b.nl', password: 'x', admin: true },
    });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json().errors)).toContain('admin');
    expect(unknown.json().errors).toContainEqual({
      field: 'body.admin',
      message: 'onbekend veld: laat het weg',
    });
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@b.nl', password: 42 },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors).toEqual([expect.objectContaining({ field: 'body.password' })]);
  });

  it('refuses oversized bodies with 413 and stores nothing', async () => {
    const org = await buildOrganisation(t.deps.db);
    const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/theme`,
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ '--x': 'a'.repeat(BODY_LIMIT_BYTES + 10) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
  });

  it('answers unknown API paths with a problem+json 404', async () => {
    const res = await t.app.inject({ url: '/api/v1/does-not-exist' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const login = doc.paths['/api/v1/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.properties.email).toBeDefined();
    expect(doc.paths['/api/v1/orgs/{orgId}/members']).toBeDefined();
  });
});
