import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps';
import { registerScoped } from '../../platform/http/scope';
import { importsRoutes } from './imports/imports.routes';
import { publicReportRoutes } from './report/public-reports.routes';
import { surveyRoutes } from './responses/survey.routes';
import { resultsRoutes } from './results/results.routes';
import { wavesRoutes } from './waves/waves.routes';

/** Every route of the Monitor: organisation-scoped ones through registerScoped, plus the invitee's survey and the public published reports. */
export async function monitorRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, async (scoped) => {
    await wavesRoutes(scoped, deps);
    await importsRoutes(scoped, deps);
    await resultsRoutes(scoped, deps);
  });
  await surveyRoutes(app, deps);
  await publicReportRoutes(app, deps);
}
