import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database';
import type { Actor } from '../auth/actor';
import { resolveApiToken } from '../auth/api-tokens';
import { resolveSession, SESSION_COOKIE } from '../auth/session-store';
import { safeEqual } from '../auth/tokens';
import { AppError } from '../errors/app-error';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** How the actor authenticated: cookie sessions need CSRF protection, bearer tokens do not. */
    authVia: 'cookie' | 'bearer' | null;
  }
  interface FastifyContextConfig {
    /** Skip the CSRF check (only for the login endpoints, which have no session yet). */
    csrf?: boolean;
    /**
     * A route for people who must stay unknown: any cookie or token that comes along is
     * ignored, so no session is read or touched (its last-seen time would date the visit).
     */
    anonymous?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/** Resolve the cookie session or bearer token on every request; enforce CSRF on cookie writes. */
export function registerAuthentication(app: FastifyInstance, db: Db): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('authVia', null);

  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/')) return;
    if (request.routeOptions.config.anonymous === true) return;
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const actor = await resolveApiToken(db, header.slice('Bearer '.length).trim());
      if (!actor) throw new AppError('unauthenticated', 'Het API-token is ongeldig of verlopen.');
      request.actor = actor;
      request.authVia = 'bearer';
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) {
      const actor = await resolveSession(db, cookie);
      if (actor) {
        request.actor = actor;
        request.authVia = 'cookie';
      }
    }
  });

  app.addHook('preHandler', async (request: FastifyRequest) => {
    if (SAFE_METHODS.has(request.method) || request.authVia !== 'cookie') return;
    if (request.routeOptions.config.csrf === false) return;
    const actor = request.actor;
    const sent = request.headers[CSRF_HEADER];
    if (actor?.type !== 'person' || typeof sent !== 'string' || !safeEqual(sent, actor.csrfToken)) {
      throw new AppError(
        'csrf_failed',
        'De beveiligingscode van dit formulier klopt niet. Laad de pagina opnieuw.',
      );
    }
  });
}

/** The logged-in actor, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Log in om verder te gaan.');
  return request.actor;
}

/** The logged-in person (not an API token), or 401. */
export function requirePerson(request: FastifyRequest): Extract<Actor, { type: 'person' }> {
  const actor = requireActor(request);
  if (actor.type !== 'person') throw new AppError('forbidden', 'Alleen voor ingelogde personen.');
  return actor;
}

/**
 * A platform admin signed in with password + TOTP, or 403. A platform admin
 * without that second factor is told to set it up and sign in again; a session
 * from an organisation's IdP never qualifies (ADR 0021).
 */
export function requirePlatformAdmin(request: FastifyRequest): Extract<Actor, { type: 'person' }> {
  const person = requirePerson(request);
  if (person.isPlatformAdmin) return person;
  if (person.platformAdminNeedsSecondFactor) {
    throw new AppError(
      'forbidden',
      'Platformbeheer vraagt inloggen met wachtwoord én tweede stap (TOTP). Stel de tweede stap in en log opnieuw in.',
      { extra: { reason: 'second_factor_required' } },
    );
  }
  throw new AppError('forbidden', 'Alleen voor platformbeheerders.');
}
