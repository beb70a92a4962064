import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../db/database';
import { AppError } from '../errors/app-error';

const HealthSchema = z.object({
  status: z.enum(['ok']).describe('Always "ok" when the check passed'),
});

/** Liveness (the process answers) and readiness (the database answers). */
export async function healthRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/health/live',
    { schema: { tags: ['health'], response: { 200: HealthSchema } }, logLevel: 'warn' },
    async () => ({ status: 'ok' as const }),
  );
  r.get(
    '/health/ready',
    { schema: { tags: ['health'], response: { 200: HealthSchema } }, logLevel: 'warn' },
    async () => {
      try {
        await sql`select 1`.execute(db);
      } catch (error) {
        throw new AppError('unavailable', 'De database is niet bereikbaar.', { cause: error });
      }
      return { status: 'ok' as const };
    },
  );
}
