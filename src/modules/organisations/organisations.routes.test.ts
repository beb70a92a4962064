import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiToken, buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('organisations routes', () => {
  it('shows the logged-in person with their memberships', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id, ['handler', 'reporter']);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: p.headers });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.memberships).toHaveLength(1);
    expect(body.memberships[0].code).toBe(org.code);
    expect(body.memberships[0].roles.sort()).toEqual(['handler', 'reporter']);
  });

  it('answers 401 problem+json without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('unauthenticated');
  });

  it('lets an admin change the theme and a member read it', async () => {
    const org = await buildOrganisation(t.deps.db);
    const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    const member = await buildPerson(t.deps.db, org.id, ['reporter']);
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/theme`,
      headers: admin.headers,
      payload: { '--weerbaar-brand-color': '#123456' },
    });
    expect(put.statusCode).toBe(200);
    const get = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}`,
      headers: member.headers,
    });
    expect(get.json().theme['--weerbaar-brand-color']).toBe('#123456');
  });

  it('refuses a reporter who tries to change the theme', async () => {
    const org = await buildOrganisation(t.deps.db);
    const member = await buildPerson(t.deps.db, org.id, ['reporter']);
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/theme`,
      headers: member.headers,
      payload: { '--x': 'red' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('names the invalid field in a validation error', async () => {
    const org = await buildOrganisation(t.deps.db);
    const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/members`,
      headers: admin.headers,
      payload: { email: 'not-an-email', displayName: 'X', roles: ['reporter'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'body.email' })]),
    );
  });

  it('refuses a role named twice instead of failing on the unique membership', async () => {
    const org = await buildOrganisation(t.deps.db);
    const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    const member = await buildPerson(t.deps.db, org.id, ['reporter']);
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/members/${member.id}/roles`,
      headers: admin.headers,
      payload: { roles: ['researcher', 'researcher'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'body.roles' })]);
  });

  it('creates an API token that works once and stops after revocation', async () => {
    const org = await buildOrganisation(t.deps.db);
    const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/api-tokens`,
      headers: admin.headers,
      payload: { name: 'koppeling', role: 'org_admin' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    const use = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/members`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(use.statusCode).toBe(200);
    const stored = await t.deps.db
      .selectFrom('api_token')
      .select('token_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/orgs/${org.id}/api-tokens/${id}`,
      headers: admin.headers,
    });
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/members`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it('keeps an API token inside its own organisation', async () => {
    const a = await buildOrganisation(t.deps.db);
    const b = await buildOrganisation(t.deps.db);
    const auth = await buildApiToken(t.deps.db, a.id, 'org_admin');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${b.id}/members`,
      headers: auth,
    });
    expect(res.statusCode).toBe(404);
  });
});
