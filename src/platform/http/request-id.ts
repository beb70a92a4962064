import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { FastifyChildLoggerFactory } from 'fastify/types/logger';
import type { LoggerOptions } from 'pino';

/** Header that carries the request id in and out. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** An incoming id is kept only when it looks like one (a proxy's UUID or hex id), never free text. */
const SANE_ID = /^[A-Za-z0-9-]{8,64}$/;

/**
 * The id of a request: the x-request-id a proxy sent when it is a sane token, else a new UUID.
 * Fastify puts it on every log line of the request (`reqId`) and the audit origin names it.
 */
export function genRequestId(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SANE_ID.test(given) ? given : randomUUID();
}

const current = new AsyncLocalStorage<{ reqId: string }>();
/** Marks Fastify's per-request loggers (and, by prototype, their children): they bind reqId. */
const BINDS_REQ_ID = Symbol('bindsReqId');

/**
 * pino mixin: the id of the request being handled, so lines that use code's own logger
 * (deps.logger in a use case) carry it as well as Fastify's request.log lines, which bind it.
 */
export const requestIdMixin: NonNullable<LoggerOptions['mixin']> = (_obj, _level, logger) => {
  if ((logger as unknown as Record<symbol, unknown>)[BINDS_REQ_ID]) return {};
  return current.getStore() ?? {};
};

/** Fastify childLoggerFactory: the usual request logger, marked so the mixin adds no second reqId. */
export const requestLogger: FastifyChildLoggerFactory = (logger, bindings, opts) => {
  const child: FastifyBaseLogger = logger.child(bindings, opts);
  (child as unknown as Record<symbol, unknown>)[BINDS_REQ_ID] = true;
  return child;
};

/**
 * Answer the request id in a response header, so a user's report can be found in the logs,
 * and run the rest of the request with the id in context for requestIdMixin.
 */
export function registerRequestId(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    current.run({ reqId: request.id }, done);
  });
}
