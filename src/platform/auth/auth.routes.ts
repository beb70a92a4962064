import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePerson } from '../http/authenticate';
import { auditOrigin } from '../http/scope';
import { accountRoutes } from './account.routes';
import { CodeBody, LoginBody, LoginResult, Ok, SessionInfo, TotpBody } from './auth.schemas';
import { deviceLabel } from './device';
import { confirmTotpEnrolment, loginWithPassword, loginWithTotp } from './local-login';
import { passwordResetRoutes } from './password-reset/password-reset.routes';
import { destroySession, SESSION_ABSOLUTE_MS, SESSION_COOKIE } from './session-store';
import { sessionsRoutes } from './sessions.routes';

/** Login attempts per client address per minute, on top of the per-account lockout. */
export const LOGIN_RATE_PER_MINUTE = 20;

export function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: app.deps.config.secureCookies,
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}

/**
 * Local login with password and optional TOTP, logout, session info, TOTP
 * enrolment, and (account.routes) changing password, address or second factor.
 */
export async function authRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, keyring } = app.deps;
  const rateLimit = { max: LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' };

  r.post(
    '/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in with e-mail and password',
        body: LoginBody,
        response: { 200: LoginResult },
      },
      config: { csrf: false, rateLimit },
    },
    async (request, reply) => {
      const outcome = await loginWithPassword(
        db,
        request.body.email,
        request.body.password,
        auditOrigin(request),
        deviceLabel(request.headers['user-agent']),
      );
      if (outcome.status === 'totp_required') return outcome;
      setSessionCookie(app, reply, outcome.token);
      return { status: 'ok' as const, csrfToken: outcome.csrfToken };
    },
  );

  r.post(
    '/login/totp',
    {
      schema: {
        tags: ['auth'],
        summary: 'Second login step: TOTP code',
        body: TotpBody,
        response: { 200: LoginResult },
      },
      config: { csrf: false, rateLimit },
    },
    async (request, reply) => {
      const outcome = await loginWithTotp(
        db,
        keyring,
        request.body.challenge,
        request.body.code,
        auditOrigin(request),
        deviceLabel(request.headers['user-agent']),
      );
      if (outcome.status !== 'ok') return outcome;
      setSessionCookie(app, reply, outcome.token);
      return { status: 'ok' as const, csrfToken: outcome.csrfToken };
    },
  );

  r.post(
    '/logout',
    { schema: { tags: ['auth'], summary: 'End the session', response: { 200: Ok } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await destroySession(db, token);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  r.get(
    '/session',
    { schema: { tags: ['auth'], summary: 'Is there a session?', response: { 200: SessionInfo } } },
    async (request) => {
      const actor = request.actor;
      if (actor?.type !== 'person') return { authenticated: false };
      return { authenticated: true, csrfToken: actor.csrfToken };
    },
  );

  r.post(
    '/totp/enable',
    {
      schema: {
        tags: ['auth'],
        summary: 'Confirm TOTP enrolment with a code',
        body: CodeBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const person = requirePerson(request);
      await confirmTotpEnrolment(db, keyring, person.personId, request.body.code);
      return { ok: true as const };
    },
  );

  await accountRoutes(app, rateLimit);
  await sessionsRoutes(app);
  await passwordResetRoutes(app);
}
