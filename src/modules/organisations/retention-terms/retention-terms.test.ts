import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson, type TestPerson } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function orgWithAdmin() {
  const org = await buildOrganisation(t.deps.db);
  const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
  return { org, admin };
}

const call = (method: 'GET' | 'PUT', orgId: string, who: TestPerson | null, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1/orgs/${orgId}/retention-terms`,
    headers: who?.headers ?? {},
    payload,
  });

const monthsOf = (terms: { kind: string; months: number }[]) =>
  Object.fromEntries(terms.map((x) => [x.kind, x.months]));

describe('retention terms (/orgs/:orgId/retention-terms)', () => {
  it('shows each kind with its term and bounds; changes them where the modules and their jobs read them', async () => {
    const { org, admin } = await orgWithAdmin();
    const shown = await call('GET', org.id, admin);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual([
      { kind: 'incidents', months: 24, minMonths: 1, maxMonths: 240, defaultMonths: 24 },
      { kind: 'integrity', months: 60, minMonths: 12, maxMonths: 240, defaultMonths: 60 },
      { kind: 'bibob', months: 60, minMonths: 1, maxMonths: 240, defaultMonths: 60 },
    ]);

    const saved = await call('PUT', org.id, admin, { incidents: 36, integrity: 84 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(monthsOf(saved.json())).toEqual({ incidents: 36, integrity: 84, bibob: 60 });

    // The modules' own settings (which their retention jobs read) carry the new terms.
    const incident = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/incident-settings`,
      headers: admin.headers,
    });
    expect(incident.json().retentionMonths).toBe(36);
    const { readSettings } = await import('../../integrity/reports/use-cases/settings');
    expect((await readSettings(t.deps.db, org.id)).retentionMonths).toBe(84);

    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(audit.map((a) => a.action)).toContain('organisation.update_retention_terms');
  });

  it('refuses a term outside its bounds, naming the field, and changes nothing (all or nothing)', async () => {
    const { org, admin } = await orgWithAdmin();
    const tooShort = await call('PUT', org.id, admin, { incidents: 12, integrity: 6 });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().errors).toEqual([
      { field: 'body.integrity', message: 'minstens 12 maanden' },
    ]);
    const tooLong = await call('PUT', org.id, admin, { bibob: 241 });
    expect(tooLong.json().errors[0].field).toBe('body.bibob');
    const unknown = await call('PUT', org.id, admin, { audit: 12 });
    expect(unknown.statusCode).toBe(400);
    const fraction = await call('PUT', org.id, admin, { incidents: 1.5 });
    expect(fraction.statusCode).toBe(400);
    expect(monthsOf((await call('GET', org.id, admin)).json())).toEqual({
      incidents: 24,
      integrity: 60,
      bibob: 60,
    });
  });

  it('abuse: the admin of another organisation, a handler and an anonymous visitor read and change nothing', async () => {
    const { org, admin } = await orgWithAdmin();
    const other = await orgWithAdmin();
    const handler = await buildPerson(t.deps.db, org.id, ['handler']);
    expect((await call('GET', org.id, other.admin)).statusCode).toBe(404);
    expect((await call('PUT', org.id, other.admin, { incidents: 1 })).statusCode).toBe(404);
    expect((await call('PUT', org.id, handler, { incidents: 1 })).statusCode).toBe(403);
    expect((await call('GET', org.id, null)).statusCode).toBe(401);
    expect((await call('PUT', org.id, null, { incidents: 1 })).statusCode).toBe(401);
    expect(monthsOf((await call('GET', org.id, admin)).json()).incidents).toBe(24);
  });
});
