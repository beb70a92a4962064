import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { modules } from './modules';
import { checkpointRecipientRoutes } from './platform/audit/checkpoint-recipient.routes';
import { authRoutes } from './platform/auth/auth.routes';
import { oidcRoutes } from './platform/auth/oidc/oidc.routes';
import { oidcAdminRoutes } from './platform/auth/oidc/oidc-admin.routes';
import type { AppDeps } from './platform/deps';
import {
  answerClientError,
  answerFrameworkError,
  registerProblemDetails,
} from './platform/errors/problem-details';
import { registerAuthentication } from './platform/http/authenticate';
import { registerClosingGate } from './platform/http/graceful-shutdown';
import { healthRoutes } from './platform/http/health.routes';
import { registerNulCheck } from './platform/http/nul-bytes';
import { genRequestId, registerRequestId, requestLogger } from './platform/http/request-id';
import { registerUrlLimit } from './platform/http/router-errors';
import { SCOPED_PREFIX } from './platform/http/scope';
import { registerSecurityHeaders } from './platform/http/security-headers';
import { registerWebApp } from './platform/http/web-app';
import { jobsAdminRoutes } from './platform/jobs/jobs.routes';
import { registerMetrics } from './platform/metrics/metrics.plugin';

/** JSON bodies larger than this are refused with 413; uploads have their own limits. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Upper bound for any uploaded file; modules set tighter limits per kind. */
export const UPLOAD_LIMIT_BYTES = 25 * 1024 * 1024;

/** One registered route, as the route-table tests see it. */
export interface RouteEntry {
  method: string;
  url: string;
  scoped: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Every route of the app; tests walk it to prove scoping on each one. */
    routeTable: RouteEntry[];
  }
}

/** Build the HTTP application: platform plugins first, then each module. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    // Only the proxies named in TRUST_PROXY may say who the client is: otherwise anyone
    // could dodge the login rate limit with a fresh X-Forwarded-For on every request.
    trustProxy: deps.config.trustProxy.length > 0 ? deps.config.trustProxy : false,
    // Request logs carry method, route and status only: URLs can hold receipt codes.
    logController: new LogController({ disableRequestLogging: true }),
    // A sane x-request-id from a proxy, else a UUID; on every log line of the request (reqId).
    genReqId: genRequestId,
    childLoggerFactory: requestLogger,
    ajv: { customOptions: { removeAdditional: false } },
    // Closing: registerClosingGate answers with a problem+json 503 instead.
    return503OnClosing: false,
    // The router's own errors (bad %-encoding, overlong path parameters) as problem details too.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routeTable.push({ method, url: route.url, scoped: route.url.startsWith(SCOPED_PREFIX) });
    }
  });
  app.decorateRequest('scope', null);

  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  registerProblemDetails(app);
  registerClosingGate(app);
  registerRequestId(app);
  registerMetrics(app, { db: deps.db, pool: deps.pool, token: deps.config.metrics.token });
  registerUrlLimit(app);
  registerNulCheck(app);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 10, fields: 50 },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Weerbaar API',
        version: '1',
        description:
          'API van Weerbaar: meldingen van agressie en intimidatie, integriteit, vragenlijsten en de Monitor. ' +
          'Authenticate with a session cookie (plus the x-csrf-token header on writes) or an API token (Bearer).',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'weerbaar_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas with a meta id (recursive ones such as MonitorCondition) are $ref'd: emit them.
    transformObject: jsonSchemaTransformObject,
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { url: '/api/v1/openapi.json' },
  });

  registerAuthentication(app, deps.db);
  await healthRoutes(app, deps);
  await app.register(authRoutes, { prefix: '/api/v1/auth' });
  await app.register(oidcRoutes, { prefix: '/api/v1/auth/oidc' });
  await oidcAdminRoutes(app, deps);
  await checkpointRecipientRoutes(app, deps.db);
  await jobsAdminRoutes(app, deps.db);
  for (const module of modules) {
    await module.register(app, deps);
  }
  await registerWebApp(app, deps.config.webDistDir);
  return app;
}
