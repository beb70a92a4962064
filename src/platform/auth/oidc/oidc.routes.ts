import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditOrigin } from '../../http/scope';
import { setSessionCookie } from '../auth.routes';
import { presentProvider } from './oidc.presenter';
import { listEnabledProviders } from './oidc.repository';
import { CallbackQuery, OidcProvider, StartParams, StartQuery } from './oidc.schemas';
import { OidcDiscoveryError, oidcClientFor } from './oidc-client';
import { type OidcLoginDeps, redirectUriFor } from './oidc-settings';
import { finishOidcLogin } from './use-cases/finish-oidc-login';
import {
  LOGIN_STATE_TTL_MS,
  OidcNotConfiguredError,
  startOidcLogin,
} from './use-cases/start-oidc-login';

/** Where a person lands when an OIDC login fails; the login page explains in Dutch. */
export const OIDC_FAILURE_PATH = '/inloggen?fout=oidc';
/** Binds a login to the browser that started it (defeats login CSRF with a forwarded callback link). */
export const OIDC_STATE_COOKIE = 'weerbaar_oidc_state';
/** Login starts and callbacks per client address per minute (a whole town hall may share one address). */
export const OIDC_RATE_PER_MINUTE = 120;

const tags = ['auth'];

/**
 * OIDC login per organisation (authorization code + PKCE). These routes are
 * browser navigations, not API calls: outcomes are redirects, and failures
 * send the person to the login page instead of showing a JSON error.
 */
export async function oidcRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, keyring, config } = app.deps;
  const deps: OidcLoginDeps = {
    db,
    keyring,
    oidc: oidcClientFor(config),
    redirectUri: redirectUriFor(config.publicUrl),
  };
  const rateLimit = { max: OIDC_RATE_PER_MINUTE, timeWindow: '1 minute' };
  const stateCookie = {
    path: '/api/v1/auth/oidc',
    httpOnly: true,
    // Lax: the cookie must come along on the IdP's top-level redirect back to us.
    sameSite: 'lax' as const,
    secure: config.secureCookies,
  };
  const failed = (reply: FastifyReply) =>
    reply.clearCookie(OIDC_STATE_COOKIE, stateCookie).redirect(OIDC_FAILURE_PATH, 302);

  r.get(
    '/providers',
    {
      schema: {
        tags,
        summary: 'Organisations offering login through their own IdP',
        response: { 200: z.array(OidcProvider) },
      },
    },
    async () => (await listEnabledProviders(db)).map(presentProvider),
  );

  r.get(
    '/:organisationCode/start',
    {
      schema: {
        tags,
        summary: "Start login at the organisation's IdP (redirects)",
        params: StartParams,
        querystring: StartQuery,
      },
      config: { rateLimit },
    },
    async (request, reply) => {
      try {
        const { url, state } = await startOidcLogin(
          deps,
          request.params.organisationCode,
          request.query.returnTo,
        );
        void reply.setCookie(OIDC_STATE_COOKIE, state, {
          ...stateCookie,
          maxAge: Math.floor(LOGIN_STATE_TTL_MS / 1000),
        });
        return reply.redirect(url, 302);
      } catch (error) {
        if (error instanceof OidcNotConfiguredError) return failed(reply);
        if (error instanceof OidcDiscoveryError) {
          request.log.warn({ reason: error.reason }, 'oidc discovery failed at login start');
          return failed(reply);
        }
        throw error;
      }
    },
  );

  r.get(
    '/callback',
    {
      schema: {
        tags,
        summary: 'Return from the IdP: completes login and redirects',
        querystring: CallbackQuery,
      },
      config: { rateLimit },
    },
    async (request, reply) => {
      // Pass the query on exactly as received: the IdP's `iss` and any extra parameters included.
      const query = new URLSearchParams(request.url.split('?')[1] ?? '');
      const outcome = await finishOidcLogin(deps, {
        query,
        browserState: request.cookies[OIDC_STATE_COOKIE],
        origin: auditOrigin(request),
      });
      if (!outcome.ok) {
        request.log.info({ reason: outcome.reason }, 'oidc login failed');
        return failed(reply);
      }
      setSessionCookie(app, reply, outcome.token);
      void reply.clearCookie(OIDC_STATE_COOKIE, stateCookie);
      return reply.redirect(outcome.returnTo, 302);
    },
  );
}
