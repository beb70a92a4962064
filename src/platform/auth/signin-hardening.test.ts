import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { startTestIdp, type TestIdp } from '../../test/oidc-idp';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { LOGIN_RATE_PER_MINUTE } from './auth.routes';
import { redirectUriFor } from './oidc/oidc-settings';
import { MAX_FAILED_LOGINS } from './password-check';
import { SESSION_COOKIE } from './session-store';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

// Each test sends from its own addresses, so the per-address rate limit of one
// test never meets another's.
let nextAddress = 1;
const freshAddress = () => `198.18.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;

function login(app: TestApp, email: string, password: string, remoteAddress = freshAddress()) {
  return app.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    payload: { email, password },
  });
}

function post(url: string, headers: Record<string, string>, payload: object) {
  return t.app.inject({ method: 'POST', url, headers, payload, remoteAddress: freshAddress() });
}

const me = (cookie: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });

/** The code of the 30-second step `steps` after the current one (accepted: ±1 step drift). */
const codeAt = (secret: string, steps: number) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * steps });

/** Enrol TOTP for a person; the enrolment code uses up the current time step. */
async function enrolTotp(p: TestPerson): Promise<string> {
  const setup = await post('/api/v1/auth/totp/setup', p.headers, { currentPassword: p.password });
  const { secret } = setup.json();
  const enable = await post('/api/v1/auth/totp/enable', p.headers, {
    code: await codeAt(secret, 0),
  });
  expect(enable.statusCode, enable.body).toBe(200);
  return secret;
}

async function failedLogins(personId: string) {
  return t.deps.db
    .selectFrom('person')
    .select(['failed_logins', 'locked_until'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
}

describe('lockout counting', () => {
  it('counts 20 wrong passwords sent at once as 20, and locks the account', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    // From twenty addresses, so the per-address rate limit does not step in.
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(t, p.email, `wrong-password-${i}`)),
    );
    expect(answers.every((a) => [401, 423].includes(a.statusCode))).toBe(true);
    const row = await failedLogins(p.id);
    expect(row.failed_logins).toBe(20);
    expect(new Date(row.locked_until ?? 0).getTime()).toBeGreaterThan(Date.now());
    const right = await login(t, p.email, p.password);
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('account_locked');
  });

  it('starts counting again once a lock has run out, and a success clears the count', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    await t.deps.db
      .updateTable('person')
      .set({ failed_logins: MAX_FAILED_LOGINS, locked_until: new Date(Date.now() - 1000) })
      .where('id', '=', p.id)
      .execute();
    expect((await login(t, p.email, 'still-wrong')).statusCode).toBe(401);
    expect((await failedLogins(p.id)).failed_logins).toBe(1);
    expect((await login(t, p.email, p.password)).statusCode).toBe(200);
    expect(await failedLogins(p.id)).toEqual({ failed_logins: 0, locked_until: null });
  });
});

describe('client address behind a proxy', () => {
  async function burst(app: TestApp, remoteAddress: string, forwardedFor: (i: number) => string) {
    const statuses: number[] = [];
    for (let i = 0; i <= LOGIN_RATE_PER_MINUTE; i++) {
      const res = await app.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress,
        headers: { 'x-forwarded-for': forwardedFor(i) },
        payload: { email: `nobody${i}@test.weerbaar.nl`, password: 'nope' },
      });
      statuses.push(res.statusCode);
    }
    return statuses;
  }

  it('does not let a made-up X-Forwarded-For dodge the rate limit (TRUST_PROXY unset, production)', async () => {
    const prod = await buildTestApp({ NODE_ENV: 'production' });
    try {
      const statuses = await burst(prod, '203.0.113.50', (i) => `192.0.2.${i + 1}`);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await prod.close();
    }
  });

  it('honours X-Forwarded-For from a proxy named in TRUST_PROXY, and only from it', async () => {
    const proxied = await buildTestApp({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' });
    try {
      // Many clients behind the trusted proxy: each has its own limit.
      const many = await burst(proxied, '10.1.2.3', (i) => `192.0.2.${i + 1}`);
      expect(many.every((s) => s === 401)).toBe(true);
      // One client behind the trusted proxy is limited.
      const one = await burst(proxied, '10.1.2.3', () => '198.51.100.7');
      expect(one.at(-1)).toBe(429);
      // Someone not behind the proxy cannot claim other addresses.
      const direct = await burst(proxied, '203.0.113.60', (i) => `192.0.2.${i + 100}`);
      expect(direct.at(-1)).toBe(429);
    } finally {
      await proxied.close();
    }
  });

  it('takes TRUST_PROXY as a comma list of addresses and CIDR ranges, and refuses anything else', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.1,::1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.0.2.1',
      '::1',
    ]);
    for (const bad of ['true', '*', '10.0.0.0/33', 'proxy.example.nl', '10.0.0.1/8/8']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });
});

describe('TOTP codes are single-use', () => {
  async function passwordStep(p: TestPerson) {
    const res = await login(t, p.email, p.password);
    expect(res.json().status).toBe('totp_required');
    return res.json().challenge as string;
  }
  const totpStep = (challenge: string, code: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login/totp',
      remoteAddress: freshAddress(),
      payload: { challenge, code },
    });

  it('refuses a code that was already used to log in', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const secret = await enrolTotp(p);
    const code = await codeAt(secret, 1);
    expect((await totpStep(await passwordStep(p), code)).statusCode).toBe(200);
    const replay = await totpStep(await passwordStep(p), code);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().errors).toEqual([{ field: 'body.code', message: 'code al gebruikt' }]);
    expect(replay.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
  });

  it('refuses the code used to enrol, and an older code after a newer one', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const secret = await enrolTotp(p);
    const enrolCode = await codeAt(secret, 0);
    expect((await totpStep(await passwordStep(p), enrolCode)).statusCode).toBe(401);
    expect((await totpStep(await passwordStep(p), await codeAt(secret, 1))).statusCode).toBe(200);
    const previous = await codeAt(secret, 0);
    expect((await totpStep(await passwordStep(p), previous)).statusCode).toBe(401);
  });

  it('lets only one of two parallel logins with the same code through', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const secret = await enrolTotp(p);
    const code = await codeAt(secret, 1);
    const [a, b] = [await passwordStep(p), await passwordStep(p)];
    const answers = await Promise.all([totpStep(a, code), totpStep(b, code)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });

  it('counts wrong codes sent at once against the challenge', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const secret = await enrolTotp(p);
    const challenge = await passwordStep(p);
    const right = await codeAt(secret, 1);
    const wrong = Array.from({ length: 10 }, (_, i) =>
      String((Number(right) + i + 1) % 1e6).padStart(6, '0'),
    );
    await Promise.all(wrong.map((code) => totpStep(challenge, code)));
    const after = await totpStep(challenge, right);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
  });
});

describe('sensitive account changes need the current password (and TOTP)', () => {
  it('changes the password only with the current one, and ends the other sessions', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const other = await login(t, p.email, p.password);
    const otherCookie = `${SESSION_COOKIE}=${other.cookies.find((c) => c.name === SESSION_COOKIE)?.value}`;
    expect((await me(otherCookie)).statusCode).toBe(200);

    const missing = await post('/api/v1/auth/password', p.headers, {
      newPassword: 'paars konijn fluit zacht',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { field: string }) => e.field)).toContain(
      'body.currentPassword',
    );
    const wrong = await post('/api/v1/auth/password', p.headers, {
      currentPassword: 'not-my-password',
      newPassword: 'paars konijn fluit zacht',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().errors[0].field).toBe('body.currentPassword');

    const ok = await post('/api/v1/auth/password', p.headers, {
      currentPassword: p.password,
      newPassword: 'paars konijn fluit zacht',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ ok: true, endedSessions: 1 });
    expect((await me(otherCookie)).statusCode).toBe(401);
    expect((await me(p.headers.cookie!)).statusCode).toBe(200);
    expect((await login(t, p.email, p.password)).statusCode).toBe(401);
    expect((await login(t, p.email, 'paars konijn fluit zacht')).statusCode).toBe(200);
  });

  it('refuses a weak new password, saying why in Dutch and naming the field', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    for (const [newPassword, problem] of [
      ['kort', 'too_short'],
      ['wachtwoord2026', 'common'],
    ] as const) {
      const res = await post('/api/v1/auth/password', p.headers, {
        currentPassword: p.password,
        newPassword,
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'validation_failed', passwordProblem: problem });
      expect(res.json().errors[0].field).toBe('body.newPassword');
      expect(res.json().detail).toMatch(/^Het wachtwoord /);
    }
    expect((await login(t, p.email, p.password)).statusCode).toBe(200);
  });

  it('asks for a TOTP code too when the second factor is on', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const secret = await enrolTotp(p);
    const body = { currentPassword: p.password, newPassword: 'paars konijn fluit zacht' };
    const noCode = await post('/api/v1/auth/password', p.headers, body);
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json()).toMatchObject({ code: 'totp_required' });
    expect(noCode.json().errors[0].field).toBe('body.code');
    const withCode = await post('/api/v1/auth/password', p.headers, {
      ...body,
      code: await codeAt(secret, 1),
    });
    expect(withCode.statusCode, withCode.body).toBe(200);
  });

  it('switches TOTP off only with the password and a fresh code; setup cannot replace it', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const secret = await enrolTotp(p);
    // Starting enrolment again would silently switch the second factor off.
    const again = await post('/api/v1/auth/totp/setup', p.headers, {
      currentPassword: p.password,
    });
    expect(again.statusCode).toBe(409);
    const noPassword = await post('/api/v1/auth/totp/disable', p.headers, {
      code: await codeAt(secret, 1),
    });
    expect(noPassword.statusCode).toBe(400);
    const wrongPassword = await post('/api/v1/auth/totp/disable', p.headers, {
      currentPassword: 'not-my-password',
      code: await codeAt(secret, 1),
    });
    expect(wrongPassword.statusCode).toBe(401);
    const off = await post('/api/v1/auth/totp/disable', p.headers, {
      currentPassword: p.password,
      code: await codeAt(secret, 1),
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await login(t, p.email, p.password)).json().status).toBe('ok');
  });

  it('starts TOTP enrolment only with the current password', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const noPassword = await post('/api/v1/auth/totp/setup', p.headers, {});
    expect(noPassword.statusCode).toBe(400);
    expect(noPassword.json().errors[0].field).toBe('body.currentPassword');
    const wrong = await post('/api/v1/auth/totp/setup', p.headers, {
      currentPassword: 'not-my-password',
    });
    expect(wrong.statusCode).toBe(401);
    const row = await t.deps.db
      .selectFrom('person')
      .select(['totp_secret_enc', 'totp_enabled'])
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ totp_secret_enc: null, totp_enabled: false });
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/setup',
      payload: { currentPassword: p.password },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('changes the e-mail address only with the current password', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    const taken = await buildPerson(t.deps.db, org.id);
    const newEmail = `nieuw-${p.id.slice(0, 8)}@test.weerbaar.nl`;
    const wrong = await post('/api/v1/auth/email', p.headers, {
      currentPassword: 'not-my-password',
      email: newEmail,
    });
    expect(wrong.statusCode).toBe(401);
    const clash = await post('/api/v1/auth/email', p.headers, {
      currentPassword: p.password,
      email: taken.email,
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().errors[0].field).toBe('body.email');
    const ok = await post('/api/v1/auth/email', p.headers, {
      currentPassword: p.password,
      email: newEmail.toUpperCase(),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await login(t, newEmail, p.password)).statusCode).toBe(200);
  });

  it('counts wrong current passwords towards the lockout', async () => {
    const org = await buildOrganisation(t.deps.db);
    const p = await buildPerson(t.deps.db, org.id);
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await post('/api/v1/auth/email', p.headers, {
        currentPassword: `guess-${i}`,
        email: 'x@test.weerbaar.nl',
      });
    }
    expect((await login(t, p.email, p.password)).statusCode).toBe(423);
  });
});

describe('return path after an organisation (OIDC) login', () => {
  let idp: TestIdp;
  beforeAll(async () => {
    idp = await startTestIdp({ redirectUri: redirectUriFor(t.deps.config.publicUrl) });
  });
  afterAll(async () => idp?.close());

  it.each([
    '//evil.example',
    '/\\evil.example',
    '/%2F%2Fevil.example',
    '/..//evil.example',
    'https://evil.example',
  ])('keeps only a same-site path (returnTo %s becomes /)', async (returnTo) => {
    const org = await buildOrganisation(t.deps.db);
    const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/oidc`,
      headers: admin.headers,
      payload: {
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        defaultRole: 'reporter',
        enabled: true,
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const start = await t.app.inject({
      method: 'GET',
      url: `/api/v1/auth/oidc/${org.code}/start?returnTo=${encodeURIComponent(returnTo)}`,
    });
    expect(start.statusCode).toBe(302);
    const state = await t.deps.db
      .selectFrom('oidc_login_state')
      .select('return_to')
      .where('organisation_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(state.return_to).toBe('/');
  });
});
