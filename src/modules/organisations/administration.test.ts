import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditKeys } from '../../platform/audit/audit-key';
import { sealAudit } from '../../platform/audit/audit-log';
import { redirectUriFor } from '../../platform/auth/oidc/oidc-settings';
import { dumpDatabase } from '../../test/dump';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { startTestIdp, type TestIdp } from '../../test/oidc-idp';
import { buildTestApp, type TestApp } from '../../test/test-app';

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

async function orgWithAdmin() {
  const org = await buildOrganisation(t.deps.db);
  const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
  return { org, admin };
}

function call(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  who?: TestPerson,
  payload?: object,
) {
  return t.app.inject({ method, url, headers: who?.headers ?? {}, payload });
}

const members = async (orgId: string, admin: TestPerson) =>
  (await call('GET', `/api/v1/orgs/${orgId}/members`, admin)).json() as {
    personId: string;
    status: string;
    lastSignInAt: string | null;
    roles: string[];
  }[];

const codesOf = async (p: TestPerson) =>
  (await call('GET', '/api/v1/me', p)).json().memberships.map((m: { code: string }) => m.code);

describe('members: status, deactivation, removal', () => {
  it('lists status and last sign-in, deactivates (rights gone, roles kept) and reactivates', async () => {
    const { org, admin } = await orgWithAdmin();
    const handler = await buildPerson(t.deps.db, org.id, ['handler']);
    const before = (await members(org.id, admin)).find((m) => m.personId === handler.id)!;
    expect(before.status).toBe('active');
    expect(before.lastSignInAt).not.toBeNull();
    expect(await codesOf(handler)).toEqual([org.code]);

    const off = await call(
      'POST',
      `/api/v1/orgs/${org.id}/members/${handler.id}/deactivate`,
      admin,
    );
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toEqual({ status: 'deactivated' });
    expect(await codesOf(handler)).toEqual([]);
    const register = await call('GET', `/api/v1/orgs/${org.id}/incidents`, handler);
    expect(register.statusCode).toBe(404);
    const listed = (await members(org.id, admin)).find((m) => m.personId === handler.id)!;
    expect(listed).toMatchObject({ status: 'deactivated', roles: ['handler'] });

    const on = await call('POST', `/api/v1/orgs/${org.id}/members/${handler.id}/reactivate`, admin);
    expect(on.json()).toEqual({ status: 'active' });
    expect(await codesOf(handler)).toEqual([org.code]);
  });

  it('removes a member: gone from the list, no rights, account kept', async () => {
    const { org, admin } = await orgWithAdmin();
    const handler = await buildPerson(t.deps.db, org.id, ['handler']);
    const res = await call('DELETE', `/api/v1/orgs/${org.id}/members/${handler.id}`, admin);
    expect(res.statusCode).toBe(204);
    expect((await members(org.id, admin)).map((m) => m.personId)).toEqual([admin.id]);
    expect(await codesOf(handler)).toEqual([]);
    const again = await call('DELETE', `/api/v1/orgs/${org.id}/members/${handler.id}`, admin);
    expect(again.statusCode).toBe(404);
  });

  it('keeps the last active admin: no removing, deactivating or demoting themself', async () => {
    const { org, admin } = await orgWithAdmin();
    const base = `/api/v1/orgs/${org.id}/members/${admin.id}`;
    for (const res of [
      await call('DELETE', base, admin),
      await call('POST', `${base}/deactivate`, admin),
      await call('PUT', `${base}/roles`, admin, { roles: ['handler'] }),
    ]) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().detail).toMatch(/minstens één actieve beheerder/);
    }
    expect((await members(org.id, admin))[0]).toMatchObject({
      status: 'active',
      roles: ['org_admin'],
    });
    // A deactivated second admin does not count.
    const second = await buildPerson(t.deps.db, org.id, ['org_admin']);
    await call('POST', `/api/v1/orgs/${org.id}/members/${second.id}/deactivate`, admin);
    expect((await call('DELETE', base, admin)).statusCode).toBe(409);
    await call('POST', `/api/v1/orgs/${org.id}/members/${second.id}/reactivate`, admin);
    expect((await call('DELETE', base, admin)).statusCode).toBe(204);
  });

  it('refuses other organisations, anonymous visitors, handlers and privacy officers', async () => {
    const { org, admin } = await orgWithAdmin();
    const target = await buildPerson(t.deps.db, org.id, ['handler']);
    const other = await orgWithAdmin();
    const handler = await buildPerson(t.deps.db, org.id, ['handler']);
    const privacy = await buildPerson(t.deps.db, org.id, ['privacy_officer']);
    const path = `/api/v1/orgs/${org.id}/members/${target.id}`;
    expect((await call('DELETE', path, other.admin)).statusCode).toBe(404);
    expect((await call('DELETE', path)).statusCode).toBe(401);
    expect((await call('POST', `${path}/deactivate`, handler)).statusCode).toBe(403);
    expect((await call('POST', `${path}/deactivate`, privacy)).statusCode).toBe(403);
    expect((await call('GET', `/api/v1/orgs/${org.id}/members`, privacy)).statusCode).toBe(403);
    // Another organisation's member id in this organisation's path: not found.
    const path2 = `/api/v1/orgs/${org.id}/members/${other.admin.id}/deactivate`;
    expect((await call('POST', path2, admin)).statusCode).toBe(404);
  });
});

describe('resending an invitation', () => {
  const tokenMailedTo = (email: string) =>
    t.mails
      .filter((m) => m.to.includes(email))
      .at(-1)
      ?.text.match(/\/uitnodiging#(wbi_[A-Za-z0-9_-]+)/)?.[1];

  it('mails a new link and kills the old one', async () => {
    const { org, admin } = await orgWithAdmin();
    const email = `nieuw-${Date.now()}@gemeente.example`;
    await call('POST', `/api/v1/orgs/${org.id}/members`, admin, { email, roles: ['handler'] });
    const first = tokenMailedTo(email)!;
    const [inv] = (await call('GET', `/api/v1/orgs/${org.id}/invitations`, admin)).json();
    const res = await call('POST', `/api/v1/orgs/${org.id}/invitations/${inv.id}/resend`, admin);
    expect(res.statusCode, res.body).toBe(202);
    const second = tokenMailedTo(email)!;
    expect(second).not.toBe(first);
    const old = await call('POST', '/api/v1/invitations/lookup', undefined, { token: first });
    expect(old.statusCode).toBe(404);
    const fresh = await call('POST', '/api/v1/invitations/lookup', undefined, { token: second });
    expect(fresh.json().roles).toEqual(['handler']);
    const other = await orgWithAdmin();
    const path = `/api/v1/orgs/${org.id}/invitations/${inv.id}/resend`;
    expect((await call('POST', path, other.admin)).statusCode).toBe(404);
  });

  it('refuses an invitation to a malformed address, naming the field, and sends nothing', async () => {
    const { org, admin } = await orgWithAdmin();
    const mailsBefore = t.mails.length;
    const res = await call('POST', `/api/v1/orgs/${org.id}/members`, admin, {
      email: 'jan@@gemeente',
      roles: ['handler'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('body.email');
    expect(t.mails.length).toBe(mailsBefore);
    expect((await call('GET', `/api/v1/orgs/${org.id}/invitations`, admin)).json()).toEqual([]);
  });
});

describe('theme contrast', () => {
  it('refuses unreadable text colours with the ratio at the field, keeping the old theme', async () => {
    const { org, admin } = await orgWithAdmin();
    const ok = await call('PUT', `/api/v1/orgs/${org.id}/theme`, admin, {
      '--utrecht-document-color': '#222222',
      '--weerbaar-brand-color': '#ffee00',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const bad = await call('PUT', `/api/v1/orgs/${org.id}/theme`, admin, {
      '--utrecht-document-color': '#777777',
      '--utrecht-document-background-color': '#ffffff',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      {
        field: 'body.--utrecht-document-color',
        message: expect.stringMatching(/^contrast 4\.48:1 .*minstens 4\.5:1/),
      },
    ]);
    const now = (await call('GET', `/api/v1/orgs/${org.id}`, admin)).json();
    expect(now.theme['--utrecht-document-color']).toBe('#222222');
  });
});

describe('organisation profile', () => {
  it('changes name and contact, keeps the contact encrypted, audits both', async () => {
    const { org, admin } = await orgWithAdmin();
    const contact = { email: 'integriteit@profiel.example', phone: '+31 30 123 4567' };
    const put = await call('PUT', `/api/v1/orgs/${org.id}/profile`, admin, {
      name: 'Gemeente Profieldorp',
      contact,
    });
    expect(put.statusCode, put.body).toBe(200);
    const got = (await call('GET', `/api/v1/orgs/${org.id}/profile`, admin)).json();
    expect(got).toMatchObject({ name: 'Gemeente Profieldorp', code: org.code, contact });
    const dump = await dumpDatabase(t.deps.db);
    expect(dump).not.toContain('integriteit@profiel.example');
    expect(dump).not.toContain('123 4567');
    const bad = await call('PUT', `/api/v1/orgs/${org.id}/profile`, admin, {
      name: 'X',
      contact: { email: 'geen-adres', phone: null },
    });
    expect(bad.json().errors[0].field).toBe('body.contact.email');
    const handler = await buildPerson(t.deps.db, org.id, ['handler']);
    expect((await call('GET', `/api/v1/orgs/${org.id}/profile`, handler)).statusCode).toBe(403);
  });
});

describe('audit log viewer', () => {
  it('lets admin and privacy officer filter, page, export and verify; audits each look', async () => {
    const { org, admin } = await orgWithAdmin();
    const privacy = await buildPerson(t.deps.db, org.id, ['privacy_officer']);
    const handler = await buildPerson(t.deps.db, org.id, ['handler']);
    await call('PUT', `/api/v1/orgs/${org.id}/members/${handler.id}/roles`, admin, {
      roles: ['handler', 'reporter'],
    });
    await call('POST', `/api/v1/orgs/${org.id}/members/${handler.id}/deactivate`, admin);
    const base = `/api/v1/orgs/${org.id}/audit-log`;

    const page = await call('GET', `${base}?personId=${admin.id}&limit=1`, privacy);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().total).toBe(2);
    expect(page.json().events).toEqual([
      expect.objectContaining({
        action: 'member.deactivate',
        actorName: expect.stringMatching(/^Test Persoon/),
        objectId: handler.id,
      }),
    ]);
    const second = await call('GET', `${base}?personId=${admin.id}&limit=1&offset=1`, privacy);
    expect(second.json().events[0].action).toBe('member.set_roles');
    const byAction = await call('GET', `${base}?action=member.set_roles`, admin);
    expect(byAction.json().total).toBe(1);
    const future = await call('GET', `${base}?from=2099-01-01`, admin);
    expect(future.json()).toEqual({ total: 0, events: [] });
    const backwards = await call('GET', `${base}?from=2026-12-02&to=2026-12-01`, admin);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].field).toBe('querystring.to');

    const csv = await call('GET', `${base}/export?objectType=person`, privacy);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain(`auditlog-${org.code}`);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^volgnummer;tijdstip;/);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(';')[5])
        .sort(),
    ).toEqual(['member.deactivate', 'member.set_roles']);

    const views = await call('GET', `${base}?action=audit_log.view`, admin);
    expect(views.json().total).toBe(4);
    const exports = await call('GET', `${base}?action=audit_log.export`, admin);
    expect(exports.json().events[0].actorId).toBe(privacy.id);

    await sealAudit(t.deps.db, await AuditKeys.load(t.deps.db, t.deps.keyring));
    const intact = await call('GET', `${base}/verify`, privacy);
    expect(intact.json()).toMatchObject({ intact: true, broken: null });
    expect(intact.json().events).toBeGreaterThan(5);
    // Tamper as someone with the database would: around the append-only trigger.
    await t.deps.db.transaction().execute(async (trx) => {
      await sql`alter table audit_event disable trigger audit_event_no_update`.execute(trx);
      await sql`update audit_event set action = 'member.invite'
        where organisation_id = ${org.id} and action = 'member.deactivate'`.execute(trx);
      await sql`alter table audit_event enable trigger audit_event_no_update`.execute(trx);
    });
    const broken = await call('GET', `${base}/verify`, admin);
    expect(broken.json()).toMatchObject({ intact: false, broken: { reason: 'hash_mismatch' } });
  });

  it('refuses handlers, other organisations and anonymous visitors', async () => {
    const { org } = await orgWithAdmin();
    const handler = await buildPerson(t.deps.db, org.id, ['handler']);
    const other = await orgWithAdmin();
    const base = `/api/v1/orgs/${org.id}/audit-log`;
    expect((await call('GET', base, handler)).statusCode).toBe(403);
    expect((await call('GET', `${base}/export`, handler)).statusCode).toBe(403);
    expect((await call('GET', base, other.admin)).statusCode).toBe(404);
    expect((await call('GET', `${base}/verify`)).statusCode).toBe(401);
  });
});

describe('single sign-on test', () => {
  it('reports what the IdP answered and saves nothing', async () => {
    const { org, admin } = await orgWithAdmin();
    const res = await call('POST', `/api/v1/orgs/${org.id}/oidc/test`, admin, {
      issuer: idp.issuer,
      clientId: idp.clientId,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      issuer: idp.issuer,
      authorizationEndpoint: expect.stringContaining(idp.issuer),
      claims: expect.arrayContaining([expect.objectContaining({ claim: 'email' })]),
    });
    expect((await call('GET', `/api/v1/orgs/${org.id}/oidc`, admin)).json().config).toBeNull();
  });

  it('gives a clear message for an issuer that does not answer, and saves nothing', async () => {
    const { org, admin } = await orgWithAdmin();
    for (const path of ['/oidc/test', '/oidc']) {
      const res = await call(
        path === '/oidc' ? 'PUT' : 'POST',
        `/api/v1/orgs/${org.id}${path}`,
        admin,
        {
          issuer: 'http://127.0.0.1:9/stil',
          clientId: 'weerbaar',
        },
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toEqual({
        field: 'body.issuer',
        message: expect.stringMatching(/niet bereikbaar/),
      });
    }
    expect((await call('GET', `/api/v1/orgs/${org.id}/oidc`, admin)).json().config).toBeNull();
    const handler = await buildPerson(t.deps.db, org.id, ['handler']);
    const denied = await call('POST', `/api/v1/orgs/${org.id}/oidc/test`, handler, {
      issuer: idp.issuer,
      clientId: 'x',
    });
    expect(denied.statusCode).toBe(403);
  });
});
