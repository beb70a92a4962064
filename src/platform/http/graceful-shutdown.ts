import closeWithGrace from 'close-with-grace';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { AppError } from '../errors/app-error';

/** SIGTERM to exit: in-flight requests and jobs get this long, then the process is ended (exit 1). */
export const SHUTDOWN_DEADLINE_MS = 10_000;
/** While draining, connections whose last response just finished are closed this often. */
const REAP_IDLE_EVERY_MS = 100;
/** Seconds a client is asked to wait when it reaches an instance that is shutting down. */
const CLOSING_RETRY_AFTER_SECONDS = 2;

const closingApps = new WeakSet<FastifyInstance>();

/**
 * From the moment `app.close()` starts: a request that arrives on a connection that is
 * still open gets a 503 problem (Fastify's own 503 is not problem+json, so buildApp turns
 * it off), and every response, including those of requests already in flight, carries
 * `Connection: close`, so no keep-alive connection outlives its last response.
 */
export function registerClosingGate(app: FastifyInstance): void {
  app.addHook('preClose', async () => {
    closingApps.add(app);
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!closingApps.has(app)) return;
    void reply.header('retry-after', String(CLOSING_RETRY_AFTER_SECONDS));
    throw new AppError('unavailable', 'Deze instantie wordt afgesloten. Probeer het opnieuw.');
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closingApps.has(app)) void reply.header('connection', 'close');
    return payload;
  });
}

export interface ShutdownPlan {
  app: FastifyInstance;
  /** Work that ends alongside the HTTP drain: stop accepting SMTP, finish the job in hand. */
  alongside: Array<() => Promise<void>>;
  /** Runs once requests and jobs are done: the audit sealer's last run, closing the pool. */
  last: () => Promise<void>;
}

/**
 * Stop accepting connections, let every accepted request finish, stop the background
 * work, then release the database. Connections that turn idle during the drain are closed
 * at once, so a keep-alive client cannot hold the process open.
 */
export async function drainAndClose(plan: ShutdownPlan): Promise<void> {
  const reaper = setInterval(() => plan.app.server.closeIdleConnections(), REAP_IDLE_EVERY_MS);
  try {
    await Promise.all([plan.app.close(), ...plan.alongside.map((stop) => stop())]);
  } finally {
    clearInterval(reaper);
  }
  await plan.last();
}

/**
 * On SIGTERM or SIGINT: drainAndClose within SHUTDOWN_DEADLINE_MS, then exit 0. A second
 * signal or the deadline ends the process with exit code 1; so does an uncaught error,
 * after the same drain. Uses close-with-grace (Fastify's own) for the signal plumbing.
 */
export function installGracefulShutdown(
  plan: ShutdownPlan & { logger: Logger; deadlineMs?: number },
): { close(): void } {
  const { logger } = plan;
  const startedAt = { ms: 0 };
  return closeWithGrace(
    {
      delay: plan.deadlineMs ?? SHUTDOWN_DEADLINE_MS,
      skip: ['beforeExit'],
      onSecondSignal: (signal) => logger.error({ signal }, 'second signal: exiting at once'),
      onTimeout: (ms) => logger.error({ ms }, 'shutdown deadline passed: exiting'),
      onSecondError: (err) => logger.error({ err }, 'error while shutting down: exiting'),
      logger: { error: (err: unknown) => logger.error({ err }, 'shutdown failed') },
    },
    async ({ signal, err }) => {
      startedAt.ms = Date.now();
      if (err) logger.error({ err }, 'uncaught error: shutting down');
      else logger.info({ signal }, 'shutting down: finishing requests in flight');
      await drainAndClose(plan);
      logger.info({ ms: Date.now() - startedAt.ms }, 'shut down cleanly');
    },
  );
}
