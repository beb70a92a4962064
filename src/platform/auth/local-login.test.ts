import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { LOGIN_RATE_PER_MINUTE } from './auth.routes';
import { MAX_FAILED_LOGINS } from './local-login';
import { SESSION_COOKIE } from './session-store';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const login = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

function sessionCookie(res: {
  cookies: { name: string; value: string; httpOnly?: boolean; sameSite?: string }[];
}) {
  return res.cookies.find((c) => c.name === SESSION_COOKIE);
}

describe('local login', () => {
  it('logs in with the right password and sets an httpOnly SameSite cookie', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const res = await login(p.email, p.password);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('ok');
    const cookie = sessionCookie(res);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `${SESSION_COOKIE}=${cookie?.value}` },
    });
    expect(me.json().email).toBe(p.email);
  });

  it('refuses a wrong password with the same message as an unknown e-mail', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const wrong = await login(p.email, 'wrong-password');
    const unknown = await login('nobody@test.weerbaar.nl', 'wrong-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++)
      expect((await login(p.email, 'nope')).statusCode).toBe(401);
    expect((await login(p.email, 'nope')).statusCode).toBe(423);
    const right = await login(p.email, p.password);
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('account_locked');
  });

  it('requires a TOTP code once enrolled, and refuses a wrong one', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const setup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/setup',
      headers: p.headers,
      payload: { currentPassword: p.password },
    });
    const { secret } = setup.json();
    const enable = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/enable',
      headers: p.headers,
      payload: { code: await generate({ secret }) },
    });
    expect(enable.statusCode).toBe(200);
    const step1 = await login(p.email, p.password);
    expect(step1.json().status).toBe('totp_required');
    expect(sessionCookie(step1)).toBeUndefined();
    const challenge = step1.json().challenge;
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login/totp',
      payload: { challenge, code: '000000' },
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().errors[0].field).toBe('body.code');
    // The enrolment code used up the current 30-second step; the next one is accepted.
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const good = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login/totp',
      payload: { challenge, code: next },
    });
    expect(good.statusCode).toBe(200);
    expect(sessionCookie(good)).toBeDefined();
  });

  it('stores the TOTP secret encrypted', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const { secret } = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/totp/setup',
        headers: p.headers,
        payload: { currentPassword: p.password },
      })
    ).json();
    const row = await t.deps.db
      .selectFrom('person')
      .select('totp_secret_enc')
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row.totp_secret_enc).not.toContain(secret);
  });

  it('ends the session on logout', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: p.headers,
    });
    expect(out.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: p.headers });
    expect(me.statusCode).toBe(401);
  });

  it('treats an expired session as logged out', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    await t.deps.db
      .updateTable('session')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('person_id', '=', p.id)
      .execute();
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: p.headers });
    expect(me.statusCode).toBe(401);
  });

  it('refuses a cookie write with a missing or forged CSRF token and changes nothing', async () => {
    const org = await buildOrganisation(t.deps.db);
    const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    for (const csrf of [undefined, 'wbc_forged']) {
      const headers: Record<string, string> = { cookie: admin.headers.cookie! };
      if (csrf) headers['x-csrf-token'] = csrf;
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/orgs/${org.id}/theme`,
        headers,
        payload: { '--x': 'red' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('csrf_failed');
    }
    const row = await t.deps.db
      .selectFrom('organisation')
      .select('theme')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(row.theme).toEqual({});
  });
});

describe('database dump', () => {
  it('contains no plaintext TOTP secret, password or session token', async () => {
    const { dumpDatabase } = await import('../../test/dump');
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const { secret } = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/totp/setup',
        headers: p.headers,
        payload: { currentPassword: p.password },
      })
    ).json();
    const token = p.headers.cookie!.split('=')[1]!;
    const dump = await dumpDatabase(t.deps.db);
    expect(dump).toContain(p.email); // the dump is real…
    expect(dump).not.toContain(secret); // …and holds no secrets in plaintext
    expect(dump).not.toContain(p.password);
    expect(dump).not.toContain(token);
  });
});

describe('login hardening', () => {
  it('rate-limits login attempts per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_RATE_PER_MINUTE + 1; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '203.0.113.9',
        payload: { email: `x${i}@test.weerbaar.nl`, password: 'nope' },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, LOGIN_RATE_PER_MINUTE).every((s) => s === 401)).toBe(true);
  });

  it('marks the cookie Secure when served over https', async () => {
    const secure = await buildTestApp({ PUBLIC_URL: 'https://weerbaar.example.nl' });
    try {
      const org = await buildOrganisation(secure.deps.db);
      const p = await buildPerson(secure.deps.db, org.id);
      const res = await secure.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: p.email, password: p.password },
      });
      expect(sessionCookie(res as never)).toMatchObject({ secure: true, httpOnly: true });
    } finally {
      await secure.close();
    }
  });
});
