import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/database';
import { pendingMigrations } from '../../db/migrate';
import { AppError } from '../errors/app-error';
import type { LoopHealth } from '../jobs/background-loop';

/** Readiness gives the database this long to answer before it says "not ready". */
export const READY_DB_TIMEOUT_MS = 2_000;

const LiveSchema = z.object({
  status: z.enum(['ok']).describe('Always "ok": the process answers'),
});

const ChecksSchema = z.object({
  database: z.enum(['ok', 'unreachable']).describe('The database answered `select 1` in time'),
  migrations: z
    .enum(['ok', 'pending', 'unknown'])
    .describe(
      'Every migration this version ships is applied ("unknown" when the database is away)',
    ),
  jobs: z
    .enum(['alive', 'off', 'stalled'])
    .describe('The job runner polls ("off": not started on this instance, e.g. during shutdown)'),
});

const ReadySchema = z.object({
  status: z.enum(['ok']).describe('"ok" when every check passed; otherwise a 503 problem'),
  checks: ChecksSchema,
});

type Checks = z.infer<typeof ChecksSchema>;

export interface HealthDeps {
  db: Db;
  jobs: { health(): LoopHealth };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          Object.assign(new Error('the database did not answer in time'), { code: 'ETIMEDOUT' }),
        ),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function check(deps: HealthDeps): Promise<{ checks: Checks; error?: unknown }> {
  const jobs = deps.jobs.health();
  try {
    const pending = await withTimeout(
      sql`select 1`.execute(deps.db).then(() => pendingMigrations(deps.db)),
      READY_DB_TIMEOUT_MS,
    );
    return {
      checks: { database: 'ok', migrations: pending.length === 0 ? 'ok' : 'pending', jobs },
    };
  } catch (error) {
    return { checks: { database: 'unreachable', migrations: 'unknown', jobs }, error };
  }
}

/**
 * Liveness (the process answers: restart it when this fails) and readiness (send it
 * traffic: the database answers, its schema is current, the job runner is not stuck).
 * A database outage fails readiness only, so an orchestrator waits instead of restarting.
 */
export async function healthRoutes(app: FastifyInstance, deps: HealthDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/health/live',
    { schema: { tags: ['health'], response: { 200: LiveSchema } }, logLevel: 'warn' },
    async () => ({ status: 'ok' as const }),
  );
  r.get(
    '/health/ready',
    { schema: { tags: ['health'], response: { 200: ReadySchema } }, logLevel: 'warn' },
    async () => {
      const { checks, error } = await check(deps);
      if (checks.database !== 'ok') {
        throw new AppError('unavailable', 'De database is niet bereikbaar.', {
          extra: { checks },
          cause: error,
        });
      }
      if (checks.migrations !== 'ok' || checks.jobs === 'stalled') {
        throw new AppError('unavailable', 'Deze instantie is nog niet klaar.', {
          extra: { checks },
        });
      }
      return { status: 'ok' as const, checks };
    },
  );
}
