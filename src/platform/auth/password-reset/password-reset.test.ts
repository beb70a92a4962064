import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { fixedClock, systemClock } from '../../time/clock';
import { PASSWORD_RESET_RATE_PER_ADDRESS } from './password-reset.routes';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const NEW_PASSWORD = 'Zeilboot-Lantaarn-Pindakaas-93';

/** Ask for a reset link from a client address of its own (the per-client limit stays out of the way). */
function requestReset(
  email: string,
  ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password-reset',
    payload: { email },
    remoteAddress: ip,
  });
}

function confirm(token: string, newPassword = NEW_PASSWORD) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password-reset/confirm',
    payload: { token, newPassword },
    remoteAddress: '10.8.0.1',
  });
}

/** Run the queued jobs and answer the token of the newest reset mail to `email`. */
async function mailedToken(email: string): Promise<string> {
  await t.deps.jobs.drain();
  const mail = [...t.mails].reverse().find((m) => m.to.includes(email));
  expect(mail, 'a reset mail').toBeDefined();
  const match = /wachtwoord-herstellen#(\S+)/.exec(mail!.text);
  return match![1]!;
}

function login(email: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
}

describe('password reset', () => {
  it('answers the same for a known and an unknown address, and mails only the known one', async () => {
    const org = await buildOrganisation(t.deps.db);
    const person = await buildPerson(t.deps.db, org.id, ['reporter']);
    const before = t.mails.length;
    const known = await requestReset(person.email);
    const unknown = await requestReset(`niemand-${Date.now()}@test.weerbaar.nl`);
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    await t.deps.jobs.drain();
    const sent = t.mails.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toEqual([person.email]);
    expect(sent[0]!.subject).toContain('wachtwoord');
    expect(sent[0]!.text).toContain('30 minuten');
  });

  it('sets a new password once, ends every session, and refuses the link a second time', async () => {
    const org = await buildOrganisation(t.deps.db);
    const person = await buildPerson(t.deps.db, org.id, ['reporter']);
    await requestReset(person.email);
    const token = await mailedToken(person.email);

    const done = await confirm(token);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().endedSessions).toBe(1);
    // The session the person had is gone; the new password works, the old one not.
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: person.headers });
    expect(me.statusCode).toBe(401);
    expect((await login(person.email, person.password)).statusCode).toBe(401);
    expect((await login(person.email, NEW_PASSWORD)).statusCode).toBe(200);

    const again = await confirm(token, `${NEW_PASSWORD}-x`);
    expect(again.statusCode).toBe(422);
    expect(again.json().reason).toBe('link_used');
    expect(again.json().detail).toContain('al gebruikt');

    const audit = await t.deps.db
      .selectFrom('audit_event')
      .selectAll()
      .where('object_id', '=', person.id)
      .where('action', 'in', ['password.reset_requested', 'password.reset'])
      .execute();
    expect(audit.map((e) => e.action).sort()).toEqual([
      'password.reset',
      'password.reset_requested',
    ]);
    expect(JSON.stringify(audit)).not.toContain(person.email);
  });

  it('refuses a link after 30 minutes with a clear message, and keeps the old password', async () => {
    const org = await buildOrganisation(t.deps.db);
    const person = await buildPerson(t.deps.db, org.id, ['reporter']);
    const start = new Date();
    t.deps.clock = fixedClock(start);
    try {
      await requestReset(person.email);
      const token = await mailedToken(person.email);
      t.deps.clock = fixedClock(new Date(start.getTime() + 31 * 60 * 1000));
      const late = await confirm(token);
      expect(late.statusCode).toBe(422);
      expect(late.json().reason).toBe('link_expired');
      expect(late.json().detail).toContain('verlopen');
      expect((await login(person.email, person.password)).statusCode).toBe(200);
    } finally {
      t.deps.clock = systemClock;
    }
  });

  it('keeps the link when the new password is too weak', async () => {
    const org = await buildOrganisation(t.deps.db);
    const person = await buildPerson(t.deps.db, org.id, ['reporter']);
    await requestReset(person.email);
    const token = await mailedToken(person.email);
    const weak = await confirm(token, 'wachtwoord');
    expect(weak.statusCode).toBe(400);
    expect(JSON.stringify(weak.json())).toContain('body.newPassword');
    expect((await confirm(token)).statusCode).toBe(200);
  });

  it('refuses an unknown link and bad input, naming the field', async () => {
    const bad = await confirm('wbr_nietbestaand-0123456789');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().reason).toBe('link_unknown');
    const malformed = await requestReset('geen-adres');
    expect(malformed.statusCode).toBe(400);
    expect(JSON.stringify(malformed.json())).toContain('body.email');
  });

  it('limits requests per address, whatever client sends them', async () => {
    const email = `veel-${Date.now()}@test.weerbaar.nl`;
    const codes: number[] = [];
    for (let i = 0; i <= PASSWORD_RESET_RATE_PER_ADDRESS; i++) {
      codes.push((await requestReset(email, `10.7.${i}.1`)).statusCode);
    }
    expect(codes.slice(0, PASSWORD_RESET_RATE_PER_ADDRESS).every((c) => c === 202)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    // Another address from the same clients is not affected.
    expect(
      (await requestReset(`ander-${Date.now()}@test.weerbaar.nl`, '10.7.0.1')).statusCode,
    ).toBe(202);
  });

  it('limits requests per client address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) {
      codes.push(
        (await requestReset(`ip-${i}-${Date.now()}@test.weerbaar.nl`, '10.6.6.6')).statusCode,
      );
    }
    expect(codes).toContain(429);
    expect(codes[0]).toBe(202);
  });
});

describe('own sessions', () => {
  it('lists my sessions with the current one marked, ends one and all others', async () => {
    const org = await buildOrganisation(t.deps.db);
    const person = await buildPerson(t.deps.db, org.id, ['reporter']);
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
    const logins: { cookies: { name: string; value: string }[]; json(): { csrfToken: string } }[] =
      [];
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: person.email, password: person.password },
        headers: { 'user-agent': firefox },
      });
      logins.push(res);
    }
    const cookie = (res: (typeof logins)[number]) => {
      const c = res.cookies.find((x: { name: string }) => x.name === 'weerbaar_session')!;
      return { cookie: `weerbaar_session=${c.value}`, 'x-csrf-token': res.json().csrfToken };
    };
    const mine = cookie(logins[0]!);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: mine });
    expect(list.statusCode).toBe(200);
    const sessions = list.json().sessions as { id: string; current: boolean; device: string }[];
    expect(sessions).toHaveLength(4);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.filter((s) => s.device === 'Firefox op Linux')).toHaveLength(3);

    // Someone else cannot end my session: 404, as if it did not exist.
    const other = await buildPerson(t.deps.db, org.id, ['reporter']);
    const target = sessions.find((s) => !s.current)!;
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${target.id}`,
      headers: other.headers,
    });
    expect(foreign.statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions' });
    expect(anonymous.statusCode).toBe(401);

    const one = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${target.id}`,
      headers: mine,
    });
    expect(one.statusCode).toBe(200);
    const others = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sessions/end-others',
      headers: mine,
    });
    expect(others.json().endedSessions).toBe(2);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/sessions',
      headers: mine,
    });
    expect(after.json().sessions).toHaveLength(1);
    const ended = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: person.headers });
    expect(ended.statusCode).toBe(401);
  });
});
