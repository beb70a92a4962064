import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildApiToken,
  buildOrganisation,
  buildPerson,
  buildPlatformAdmin,
  type TestPerson,
} from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { officialOrganisations } from './official-list';

let t: TestApp;
let admin: TestPerson;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await buildPlatformAdmin(t.deps.db);
});
afterAll(async () => t?.close());

/** A listed municipality not yet on this test's platform. */
async function freeMunicipality() {
  const present = new Set(
    (await t.deps.db.selectFrom('organisation').select('code').execute()).map((r) => r.code),
  );
  return officialOrganisations().find((o) => o.type === 'gemeente' && !present.has(o.code))!;
}

function setUp(headers: Record<string, string>, payload: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/organisations/setup',
    headers,
    payload,
  });
}

describe('official list', () => {
  it('finds by name or code, accents folded, and marks what is present', async () => {
    const org = await buildOrganisation(t.deps.db, { code: 'GM0363', name: 'Amsterdam' });
    expect(org.code).toBe('GM0363');
    const byName = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/official-organisations?q=amsterd',
      headers: admin.headers,
    });
    expect(byName.statusCode).toBe(200);
    expect(byName.json().results[0]).toEqual({
      type: 'gemeente',
      code: 'GM0363',
      name: 'Amsterdam',
      present: true,
    });
    const byCode = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/official-organisations?q=PV26',
      headers: admin.headers,
    });
    expect(byCode.json().results[0]).toMatchObject({ type: 'provincie', code: 'PV26' });
    const folded = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/official-organisations?q=fryslan',
      headers: admin.headers,
    });
    expect(folded.json().results.length).toBeGreaterThan(0);
  });
});

describe('setting up an organisation', () => {
  it('creates it from the list with its domains and invites its first admin, in one go', async () => {
    const listed = await freeMunicipality();
    const before = t.mails.length;
    const res = await setUp(admin.headers, {
      type: 'gemeente',
      code: listed.code,
      name: 'Ander naam die genegeerd wordt',
      domains: ['Voorbeeld-Gemeente.nl'],
      firstAdmin: { email: 'Eerste.Beheerder@voorbeeld-gemeente.nl', displayName: 'Eerste' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.organisation).toMatchObject({ code: listed.code, name: listed.name, active: true });
    expect(body.domains).toEqual(['voorbeeld-gemeente.nl']);
    expect(body.invitation.email).toBe('eerste.beheerder@voorbeeld-gemeente.nl');
    const mail = t.mails.slice(before).find((m) => m.to.includes(body.invitation.email));
    expect(mail?.subject).toContain(listed.name);
    expect(mail?.text).toContain('beheerder');
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('organisation_id', '=', body.organisation.id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'member.invite',
      'oidc.verified_domains.set',
      'organisation.created',
    ]);
  });

  it('adds a ministry by hand', async () => {
    const code = `MINBZK${Date.now() % 100000}`;
    const res = await setUp(admin.headers, {
      type: 'rijk',
      code,
      name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
      firstAdmin: { email: `beheer-${code.toLowerCase()}@minbzk.nl` },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().organisation.type).toBe('rijk');
  });

  it('refuses bad input naming the field, and leaves nothing half-saved', async () => {
    const listed = await freeMunicipality();
    const cases: [Record<string, unknown>, string, number][] = [
      [{ type: 'gemeente', code: 'GM9999', firstAdmin: { email: 'a@b.nl' } }, 'body.code', 400],
      [{ type: 'rijk', code: 'MINX', firstAdmin: { email: 'a@b.nl' } }, 'body.name', 400],
      [
        { type: 'gemeente', code: listed.code, firstAdmin: { email: 'geen-adres' } },
        'body.firstAdmin.email',
        400,
      ],
      [
        {
          type: 'gemeente',
          code: listed.code,
          domains: ['https://x.nl'],
          firstAdmin: { email: 'a@b.nl' },
        },
        'body.domains.0',
        400,
      ],
    ];
    for (const [payload, field, status] of cases) {
      const res = await setUp(admin.headers, payload);
      expect(res.statusCode, field).toBe(status);
      expect(JSON.stringify(res.json()), field).toContain(field);
    }
    const stored = await t.deps.db
      .selectFrom('organisation')
      .select('id')
      .where('code', 'in', [listed.code, 'GM9999', 'MINX'])
      .execute();
    expect(stored).toEqual([]);
    // Already present: a conflict, nothing changed.
    const present = await buildOrganisation(t.deps.db, { code: (await freeMunicipality()).code });
    const twice = await setUp(admin.headers, {
      type: 'gemeente',
      code: present.code,
      firstAdmin: { email: 'a@b.nl' },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('is for platform admins only', async () => {
    const org = await buildOrganisation(t.deps.db);
    const orgAdmin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    const token = await buildApiToken(t.deps.db, org.id, 'org_admin');
    const routes = [
      { method: 'GET' as const, url: '/api/v1/admin/official-organisations?q=a' },
      { method: 'GET' as const, url: '/api/v1/admin/organisations' },
      { method: 'GET' as const, url: '/api/v1/admin/status' },
      { method: 'POST' as const, url: `/api/v1/admin/organisations/${org.id}/deactivate` },
      { method: 'POST' as const, url: `/api/v1/admin/organisations/${org.id}/reactivate` },
    ];
    for (const route of routes) {
      expect((await t.app.inject(route)).statusCode, route.url).toBe(401);
      expect((await t.app.inject({ ...route, headers: orgAdmin.headers })).statusCode).toBe(403);
      expect((await t.app.inject({ ...route, headers: token })).statusCode).toBe(403);
    }
    const listed = await freeMunicipality();
    const res = await setUp(orgAdmin.headers, {
      type: 'gemeente',
      code: listed.code,
      firstAdmin: { email: 'a@b.nl' },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('deactivating an organisation', () => {
  it('refuses its members at sign-in, with a session and with an API token; elsewhere they keep working', async () => {
    const closing = await buildOrganisation(t.deps.db);
    const other = await buildOrganisation(t.deps.db);
    const onlyThere = await buildPerson(t.deps.db, closing.id, ['handler']);
    const both = await buildPerson(t.deps.db, closing.id, ['handler']);
    await t.deps.db
      .insertInto('membership')
      .values({ organisation_id: other.id, person_id: both.id, role: 'handler' })
      .execute();
    const token = await buildApiToken(t.deps.db, closing.id, 'handler');
    const scoped = (orgId: string, headers: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: `/api/v1/orgs/${orgId}`, headers });
    // Before: everything works (and the token is now trusted for a while).
    expect((await scoped(closing.id, token)).statusCode).toBe(200);
    expect((await scoped(closing.id, onlyThere.headers)).statusCode).toBe(200);

    const off = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/organisations/${closing.id}/deactivate`,
      headers: admin.headers,
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ active: false });

    expect((await scoped(closing.id, token)).statusCode).toBe(401);
    expect((await scoped(closing.id, onlyThere.headers)).statusCode).toBe(404);
    expect((await scoped(closing.id, both.headers)).statusCode).toBe(404);
    expect((await scoped(other.id, both.headers)).statusCode).toBe(200);
    const login = (p: TestPerson) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: p.email, password: p.password },
      });
    const refused = await login(onlyThere);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().reason).toBe('organisation_deactivated');
    expect((await login(both)).statusCode).toBe(200);

    // The data is kept, and reactivating gives everything back.
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/organisations',
      headers: admin.headers,
    });
    const row = list.json().organisations.find((o: { id: string }) => o.id === closing.id);
    expect(row).toMatchObject({ active: false, members: 2 });
    const on = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/organisations/${closing.id}/reactivate`,
      headers: admin.headers,
    });
    expect(on.json()).toMatchObject({ active: true, deactivatedAt: null });
    expect((await login(onlyThere)).statusCode).toBe(200);
    expect((await scoped(closing.id, token)).statusCode).toBe(200);
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('organisation_id', '=', closing.id)
      .where('action', 'like', 'organisation.%')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'organisation.deactivated',
      'organisation.reactivated',
    ]);
  });

  it('answers 404 for an unknown organisation', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/organisations/00000000-0000-4000-8000-000000000001/deactivate',
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('status page', () => {
  it('shows queues with failures by error class only, the mail queues apart, size and version', async () => {
    t.deps.jobs.handle('mail.test_deliver', async () => {
      throw new Error('550 mailbox unavailable for geheim@example.nl');
    });
    await t.deps.jobs.enqueue(
      t.deps.db,
      'mail.test_deliver',
      { to: 'geheim@example.nl' },
      {
        maxAttempts: 1,
      },
    );
    await t.deps.jobs.drain();
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/status',
      headers: admin.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const status = res.json();
    expect(status.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(status.uptimeSeconds).toBeGreaterThanOrEqual(0);
    expect(status.databaseBytes === null || status.databaseBytes > 0).toBe(true);
    const mail = status.mailQueues.find((q: { queue: string }) => q.queue === 'mail.test_deliver');
    expect(mail).toMatchObject({ dead: 1, lastErrorClass: 'Error' });
    expect(mail.lastFailureAt).not.toBeNull();
    expect(status.queues.some((q: { queue: string }) => q.queue.startsWith('mail.'))).toBe(false);
    expect(res.body).not.toContain('geheim');
    expect(res.body).not.toContain('mailbox');
  });
});
