import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/database';
import type { Scope } from './auth/actor';
import type { Role } from './auth/roles';
import type { KeyRing } from './crypto/keyring';
import type { AppDeps } from './deps';
import { auditOrigin, scopeOf } from './http/scope';
import { type Clock, systemClock } from './time/clock';

/** What every use case may reach outside itself: storage, keys, settings, queues, mail, time. */
export interface UseCaseDeps {
  db: Db;
  keyring: KeyRing;
  config: AppDeps['config'];
  jobs: AppDeps['jobs'];
  mailer: AppDeps['mailer'];
  /** For counts and ids only: never log personal data. */
  logger: AppDeps['logger'];
  clock: Clock;
}

/**
 * The first argument of every use case acting for someone (ADR 0027): the
 * dependencies, who acts in which organisation (`scope`), and the coarse origin the
 * audit trail records ("web:<request id>", "api:<request id>").
 */
export interface UseCaseContext extends UseCaseDeps {
  scope: Scope;
  origin: string;
}

/**
 * The one use-case shape: the context first, then the use case's own input (ids and
 * a validated body), answering a promise of what it produced.
 */
export type UseCase<Input extends unknown[], Output> = (
  ctx: UseCaseContext,
  ...input: Input
) => Promise<Output>;

/** The dependencies part of a use-case context (jobs, and use cases without a scope). */
export function unscopedContext(deps: AppDeps): UseCaseDeps {
  return {
    db: deps.db,
    keyring: deps.keyring,
    config: deps.config,
    jobs: deps.jobs,
    mailer: deps.mailer,
    logger: deps.logger,
    clock: deps.clock ?? systemClock,
  };
}

/** A use-case context for `scope`, acting from `origin`. */
export function contextOf(deps: AppDeps, scope: Scope, origin: string): UseCaseContext {
  return { ...unscopedContext(deps), scope, origin };
}

/** The use-case context of an organisation-scoped request. */
export function requestContext(deps: AppDeps, request: FastifyRequest): UseCaseContext {
  return contextOf(deps, scopeOf(request), auditOrigin(request));
}

/** The organisation the demo data lives in (a fictitious municipality). */
const DEMO_ORGANISATION = { code: 'GM0344', type: 'gemeente' };

/**
 * The context of a demo person acting in the demo organisation with `roles`, for
 * loading demo data through the same use cases a request would call.
 */
export function demoContext(
  deps: AppDeps,
  organisationId: string,
  personId: string,
  roles: Role[],
): UseCaseContext {
  const { code, type } = DEMO_ORGANISATION;
  const scope: Scope = {
    organisationId,
    organisationCode: code,
    organisationType: type,
    roles: new Set(roles),
    actor: {
      type: 'api_token',
      tokenId: personId,
      organisationId,
      organisationCode: code,
      organisationType: type,
      role: roles[0]!,
    },
    actorId: personId,
    actorType: 'person',
  };
  return contextOf(deps, scope, 'demo');
}
