import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../test/dump';
import { buildOrganisation, buildPerson, type TestPerson } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const unique = () => randomBytes(4).toString('hex');

async function orgWithAdmin() {
  const org = await buildOrganisation(t.deps.db);
  const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
  return { org, admin };
}

function invite(orgId: string, admin: TestPerson, email: string, roles = ['handler']) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/orgs/${orgId}/members`,
    headers: admin.headers,
    payload: { email, displayName: 'Nieuwe Collega', roles },
  });
}

/** The one-time token from the last invitation mail to this address. */
function tokenMailedTo(email: string): string {
  const mail = t.mails.filter((m) => m.to.includes(email)).at(-1);
  const match = mail?.text.match(/\/uitnodiging#(wbi_[A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no invitation mail to ${email}`);
  return match[1]!;
}

function post(path: string, payload: object, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: `/api/v1/invitations/${path}`, payload, headers });
}

async function membershipCodes(person: TestPerson): Promise<string[]> {
  const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: person.headers });
  return me.json().memberships.map((m: { code: string }) => m.code);
}

describe('adding a member is an invitation', () => {
  it('answers the same for an existing and an unknown address, without a name, and links nobody', async () => {
    const { org, admin } = await orgWithAdmin();
    const other = await buildOrganisation(t.deps.db);
    const existing = await buildPerson(t.deps.db, other.id, ['reporter'], {
      displayName: 'Geheime Naam',
    });
    const unknown = `nieuw-${unique()}@elders.example`;
    const a = await invite(org.id, admin, existing.email);
    const b = await invite(org.id, admin, unknown);
    expect(a.statusCode).toBe(202);
    expect(b.statusCode).toBe(202);
    // Equal but for the address itself and the moment of sending.
    const shape = (body: Record<string, unknown>) => ({ ...body, email: 'x', expiresAt: 'x' });
    expect(shape(a.json())).toEqual(shape(b.json()));
    expect(a.headers['content-type']).toBe(b.headers['content-type']);
    expect(Object.keys(a.json()).sort()).toEqual(['email', 'expiresAt', 'roles']);
    expect(a.body).not.toContain('Geheime Naam');
    expect(a.body).not.toContain(existing.id);
    // Both addresses got the same kind of mail; neither joined.
    expect(tokenMailedTo(existing.email)).toMatch(/^wbi_/);
    expect(tokenMailedTo(unknown)).toMatch(/^wbi_/);
    const mail = t.mails.filter((m) => m.to.includes(existing.email)).at(-1)!;
    expect(mail.text).not.toContain('Geheime Naam');
    expect(await membershipCodes(existing)).toEqual([other.code]);
  });

  it('lets the invited person accept while logged in, once', async () => {
    const { org, admin } = await orgWithAdmin();
    const person = await buildPerson(t.deps.db, null, []);
    await invite(org.id, admin, person.email, ['handler', 'reporter']);
    const token = tokenMailedTo(person.email);

    const view = await post('lookup', { token });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      organisationName: org.name,
      roles: ['handler', 'reporter'],
      hasAccount: true,
    });

    const anonymous = await post('accept', { token });
    expect(anonymous.statusCode).toBe(401);

    const accepted = await post('accept', { token }, person.headers);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toEqual({ organisationId: org.id, roles: ['handler', 'reporter'] });
    expect(await membershipCodes(person)).toEqual([org.code]);

    const again = await post('accept', { token }, person.headers);
    expect(again.statusCode).toBe(404);
    expect(again.headers['content-type']).toContain('application/problem+json');
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(audit.map((r) => r.action)).toEqual(
      expect.arrayContaining(['member.invite', 'member.invitation_accepted']),
    );
  });

  it('refuses the link to someone logged in with another address', async () => {
    const { org, admin } = await orgWithAdmin();
    const invited = await buildPerson(t.deps.db, null, []);
    const intruder = await buildPerson(t.deps.db, null, []);
    await invite(org.id, admin, invited.email);
    const res = await post('accept', { token: tokenMailedTo(invited.email) }, intruder.headers);
    expect(res.statusCode).toBe(403);
    expect(await membershipCodes(intruder)).toEqual([]);
    // The invitation is still there for the right person.
    const ok = await post('accept', { token: tokenMailedTo(invited.email) }, invited.headers);
    expect(ok.statusCode).toBe(200);
  });

  it('lets a new address choose a password and log in with it', async () => {
    const { org, admin } = await orgWithAdmin();
    const email = `nieuw-${unique()}@gemeente.example`;
    await invite(org.id, admin, email, ['reporter']);
    const token = tokenMailedTo(email);
    expect((await post('lookup', { token })).json()).toMatchObject({
      hasAccount: false,
      suggestedName: 'Nieuwe Collega',
    });
    const short = await post('register', { token, displayName: 'Nina Nieuw', password: 'kort' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('body.password');

    const password = `Lang-genoeg-${unique()}`;
    const res = await post('register', { token, displayName: 'Nina Nieuw', password });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ organisationId: org.id, email });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
    });
    expect(login.statusCode).toBe(200);
    expect((await post('register', { token, displayName: 'X', password })).statusCode).toBe(404);
  });

  it('never sets the password of an existing account through a link', async () => {
    const { org, admin } = await orgWithAdmin();
    const person = await buildPerson(t.deps.db, null, []);
    await invite(org.id, admin, person.email);
    const token = tokenMailedTo(person.email);
    const res = await post('register', {
      token,
      displayName: 'Overname',
      password: `Nieuw-wachtwoord-${unique()}`,
    });
    expect(res.statusCode).toBe(409);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: person.email, password: person.password },
    });
    expect(login.statusCode).toBe(200);
    expect(await membershipCodes(person)).toEqual([]);
  });

  it('refuses an expired, withdrawn or replaced invitation', async () => {
    const { org, admin } = await orgWithAdmin();
    const person = await buildPerson(t.deps.db, null, []);

    await invite(org.id, admin, person.email);
    const first = tokenMailedTo(person.email);
    await invite(org.id, admin, person.email);
    const second = tokenMailedTo(person.email);
    expect((await post('accept', { token: first }, person.headers)).statusCode).toBe(404);

    await t.deps.db
      .updateTable('invitation')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('organisation_id', '=', org.id)
      .execute();
    expect((await post('accept', { token: second }, person.headers)).statusCode).toBe(404);

    await invite(org.id, admin, person.email);
    const third = tokenMailedTo(person.email);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/invitations`,
      headers: admin.headers,
    });
    expect(list.statusCode).toBe(200);
    const open = list.json() as { id: string; email: string }[];
    expect(open.map((i) => i.email)).toEqual([person.email]);
    const withdrawn = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/orgs/${org.id}/invitations/${open[0]!.id}`,
      headers: admin.headers,
    });
    expect(withdrawn.statusCode).toBe(204);
    expect((await post('accept', { token: third }, person.headers)).statusCode).toBe(404);
    expect(await membershipCodes(person)).toEqual([]);
  });

  it('keeps the invited address and the token out of a database dump', async () => {
    const { org, admin } = await orgWithAdmin();
    const email = `geheim-${unique()}@elders.example`;
    await invite(org.id, admin, email);
    const dump = await dumpDatabase(t.deps.db);
    expect(dump).not.toContain(email);
    expect(dump).not.toContain(tokenMailedTo(email));
  });

  it('lets only organisation admins invite', async () => {
    const { org } = await orgWithAdmin();
    const handler = await buildPerson(t.deps.db, org.id, ['handler']);
    const res = await invite(org.id, handler, `x-${unique()}@elders.example`);
    expect(res.statusCode).toBe(403);
  });
});
