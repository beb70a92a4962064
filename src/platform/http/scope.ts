import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Scope } from '../auth/actor';
import { isRole } from '../auth/roles';
import { AppError, notFound } from '../errors/app-error';
import { requireActor } from './authenticate';

/** A pure authorisation rule evaluated in the organisation the request acts in. */
export type ScopePolicy = (scope: Scope) => boolean;

declare module 'fastify' {
  interface FastifyRequest {
    scope: Scope | null;
  }
  interface FastifyContextConfig {
    /** Required on every organisation-scoped route: who may call it at all. */
    policy?: ScopePolicy;
    /** Answer a denied policy with 403 instead of 404 (only where existence is no secret). */
    denyAs?: 403 | 404;
  }
}

/** Every organisation-scoped route lives under this prefix. */
export const SCOPED_PREFIX = '/api/v1/orgs/:orgId';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one place where organisation scoping is enforced. A module registers
 * its organisation routes through this function; for each request the hook
 * resolves the actor's roles in the organisation named in the path, answers
 * 404 when there are none (so another organisation's records are not even
 * confirmed to exist), then runs the route's policy. Registering a route
 * without a policy fails at startup.
 */
export async function registerScoped(
  app: FastifyInstance,
  plugin: (scoped: FastifyInstance) => Promise<void> | void,
): Promise<void> {
  await app.register(
    async (scoped) => {
      scoped.addHook('onRoute', (route) => {
        if (!route.config?.policy) {
          throw new Error(`Scoped route ${route.method} ${route.url} has no policy`);
        }
      });
      scoped.addHook('onRequest', async (request) => {
        request.scope = resolveScope(request);
        const policy = request.routeOptions.config.policy;
        if (!policy?.(request.scope)) {
          if (request.routeOptions.config.denyAs === 403) {
            throw new AppError('forbidden', 'U heeft niet de juiste rol voor deze handeling.');
          }
          throw notFound();
        }
      });
      await plugin(scoped);
    },
    { prefix: SCOPED_PREFIX },
  );
}

function resolveScope(request: FastifyRequest): Scope {
  const actor = requireActor(request);
  const orgId = (request.params as { orgId?: string }).orgId ?? '';
  if (!UUID.test(orgId)) throw notFound('Deze organisatie');
  // The actor was loaded with its organisations (code, type, roles), so resolving the
  // scope costs no query of its own.
  let org: { code: string; type: string; roles: readonly string[] } | undefined;
  if (actor.type === 'api_token') {
    if (actor.organisationId === orgId) {
      org = { code: actor.organisationCode, type: actor.organisationType, roles: [actor.role] };
    }
  } else {
    org = actor.memberships.find((m) => m.organisationId === orgId);
  }
  if (!org || org.roles.length === 0) throw notFound('Deze organisatie');
  return {
    organisationId: orgId,
    organisationCode: org.code,
    organisationType: org.type,
    roles: new Set(org.roles.filter(isRole)),
    actor,
    actorId: actor.type === 'person' ? actor.personId : actor.tokenId,
    actorType: actor.type,
  };
}

/** The scope of a request handled under SCOPED_PREFIX. */
export function scopeOf(request: FastifyRequest): Scope {
  if (!request.scope) throw new Error('scopeOf() called outside a scoped route');
  return request.scope;
}

/** Coarse origin for the audit trail: the channel and the request id, never an address. */
export function auditOrigin(request: FastifyRequest): string {
  return `${request.authVia === 'bearer' ? 'api' : 'web'}:${request.id}`;
}
