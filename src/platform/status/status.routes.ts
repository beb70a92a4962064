import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps';
import { requirePlatformAdmin } from '../http/authenticate';
import { systemClock } from '../time/clock';
import { platformStatus } from './platform-status';
import { PlatformStatus } from './status.schemas';

/** GET /api/v1/admin/status: the platform admin's status page (jobs, mail queue, database, version). */
export async function statusRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/admin/status',
    {
      schema: {
        tags: ['admin'],
        summary:
          'Platform status: jobs and failures, mail queue, database size, version (platform admin)',
        response: { 200: PlatformStatus },
      },
    },
    async (request) => {
      requirePlatformAdmin(request);
      return platformStatus(deps.db, (deps.clock ?? systemClock).now());
    },
  );
}
