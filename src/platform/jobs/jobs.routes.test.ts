import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildOrganisation,
  buildPerson,
  buildPlatformAdmin,
  type TestPerson,
} from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let admin: TestPerson;
let orgAdmin: TestPerson;
beforeAll(async () => {
  t = await buildTestApp();
  const org = await buildOrganisation(t.deps.db);
  admin = await buildPlatformAdmin(t.deps.db);
  orgAdmin = await buildPerson(t.deps.db, org.id, ['org_admin']);
});
afterAll(async () => t?.close());

describe('GET /api/v1/admin/jobs (dead letters)', () => {
  it('lists dead jobs to the platform admin without payload or personal data', async () => {
    t.deps.jobs.handle('doomed', async () => {
      throw Object.assign(new Error('550 mailbox jan.jansen@example.nl unavailable'), {
        code: 'EENVELOPE',
      });
    });
    t.deps.jobs.handle('fine', async () => {});
    await t.deps.jobs.enqueue(
      t.deps.db,
      'doomed',
      { personName: 'Jan Jansen', organisationId: 'x' },
      { maxAttempts: 1 },
    );
    await t.deps.jobs.enqueue(t.deps.db, 'fine', {});
    await t.deps.jobs.drain();

    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/jobs?state=dead',
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(200);
    const { jobs } = res.json();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      job: 'doomed',
      slot: null,
      attempts: 1,
      maxAttempts: 1,
      lastError: 'Error EENVELOPE: 550 mailbox [address] unavailable',
    });
    expect(res.body).not.toMatch(/Jan|jansen|payload/i);
  });

  it('is for platform admins only, and refuses unknown states', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/admin/jobs' });
    expect(anonymous.statusCode).toBe(401);
    const other = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/jobs',
      headers: orgAdmin.headers,
    });
    expect(other.statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/jobs?state=all',
      headers: admin.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors?.[0]?.field ?? JSON.stringify(bad.json())).toContain('state');
  });
});
