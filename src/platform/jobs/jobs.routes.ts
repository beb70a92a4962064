import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database';
import { AppError } from '../errors/app-error';
import { requirePerson } from '../http/authenticate';
import { type DeadJobRow, listDeadJobs } from './job.repository';

/** Most dead jobs one request lists. */
const DEAD_JOBS_MAX = 200;

const JobsQuery = z.strictObject({
  state: z.enum(['dead']).default('dead').describe('Which jobs: `dead` (attempts exhausted)'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(DEAD_JOBS_MAX)
    .default(50)
    .describe(`How many, newest first (at most ${DEAD_JOBS_MAX})`),
});

const Job = z.object({
  id: z.number().int().describe('Job number'),
  job: z.string().describe('Job name (queue)'),
  slot: z
    .string()
    .nullable()
    .describe('Scheduled slot of a recurring job (ISO 8601); null for a one-off job'),
  attempts: z.number().int().describe('Attempts made'),
  maxAttempts: z.number().int().describe('Attempts allowed'),
  lastError: z
    .string()
    .nullable()
    .describe('Class, code and message of the last failure, without addresses or values'),
  createdAt: z.string().describe('When the job was enqueued'),
  failedAt: z.string().nullable().describe('When it was given up'),
});

const JobList = z.object({ jobs: z.array(Job) });

/** The platform admin's view of a job: never its payload, which may name people or cases. */
function presentJob(row: DeadJobRow): z.infer<typeof Job> {
  return {
    id: row.id,
    job: row.queue,
    slot: row.slot?.toISOString() ?? null,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    failedAt: row.failed_at?.toISOString() ?? null,
  };
}

/** GET /api/v1/admin/jobs: dead jobs (the dead-letter list), for platform admins only. */
export async function jobsAdminRoutes(app: FastifyInstance, db: Db): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/admin/jobs',
    {
      schema: {
        tags: ['admin'],
        summary: 'Dead jobs: background jobs that failed all their attempts (platform admin)',
        querystring: JobsQuery,
        response: { 200: JobList },
      },
    },
    async (request) => {
      const person = requirePerson(request);
      if (!person.isPlatformAdmin) {
        throw new AppError('forbidden', 'Alleen voor platformbeheerders.');
      }
      const rows = await listDeadJobs(db, request.query.limit);
      return { jobs: rows.map(presentJob) };
    },
  );
}
