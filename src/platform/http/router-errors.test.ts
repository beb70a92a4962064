import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { MAX_URL_LENGTH } from './router-errors';

let t: TestApp;
let org: { id: string };
let admin: TestPerson;
beforeAll(async () => {
  t = await buildTestApp();
  org = await buildOrganisation(t.deps.db);
  admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
});
afterAll(async () => t?.close());

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.json()).toMatchObject({ status });
}

describe("the router's own errors", () => {
  it('answers broken percent-encoding in the path with a 400 naming the url', async () => {
    const res = await t.app.inject({ url: `/api/v1/orgs/${org.id}/%zzmembers` });
    expectProblem(res, 400);
    expect(res.json()).toMatchObject({ code: 'bad_request', errors: [{ field: 'url' }] });
    expect(res.body).not.toContain('FST_ERR');
  });

  it('answers a path parameter past the router limit with 414', async () => {
    const res = await t.app.inject({
      url: `/api/v1/orgs/${org.id}/incidents/${'a'.repeat(500)}`,
      headers: admin.headers,
    });
    expectProblem(res, 414);
    expect(res.json()).toMatchObject({ code: 'uri_too_long' });
  });

  it('answers an overlong URL with 414, also on a route that exists', async () => {
    const res = await t.app.inject({
      url: `/api/v1/orgs/${org.id}/members?q=${'x'.repeat(MAX_URL_LENGTH)}`,
      headers: admin.headers,
    });
    expectProblem(res, 414);
  });

  it('answers a known path with the wrong method with 405 and an Allow header', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/auth/session' });
    expectProblem(res, 405);
    expect(res.json()).toMatchObject({ code: 'method_not_allowed' });
    expect(String(res.headers.allow)).toContain('GET');
    const scoped = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/members`,
      headers: admin.headers,
    });
    expectProblem(scoped, 405);
  });

  it('still answers an unknown path with 404', async () => {
    expectProblem(await t.app.inject({ method: 'DELETE', url: '/api/v1/nergens' }), 404);
  });

  it('answers an unsupported content type with 415 problem details', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expectProblem(res, 415);
  });
});
