import { registerDemoContributor } from '../../demo/load-demo';
import { unscopedContext } from '../../platform/use-case';
import type { AppModule } from '../module';
import { NOTIFY_TEAM_QUEUE, notifySupportTeam } from './jobs/notify-team';
import { contributeSupportDemo } from './support.demo';
import { supportRoutes } from './support.routes';
import { eraseFinishedRequests } from './use-cases/erase-finished-requests';

/** Queue of the daily retention job. */
export const SUPPORT_RETENTION_QUEUE = 'support.retention';
const DAILY_MS = 24 * 60 * 60 * 1000;

/**
 * Support for office holders (steun): requests to the national support team, for legal
 * support and for home security, made by the person or referred by a handler with the
 * person's consent; the team works them in its queue (ADR 0039).
 */
export const supportModule: AppModule = {
  name: 'support',
  register: async (app, deps) => {
    deps.jobs.handle(NOTIFY_TEAM_QUEUE, (payload) => notifySupportTeam(deps, payload));
    deps.jobs.handle(SUPPORT_RETENTION_QUEUE, async () => {
      const erased = await eraseFinishedRequests(unscopedContext(deps));
      if (erased > 0) deps.logger.info({ erased }, 'support requests past retention erased');
    });
    deps.jobs.every(SUPPORT_RETENTION_QUEUE, DAILY_MS);
    await supportRoutes(app, deps);
  },
};

registerDemoContributor(contributeSupportDemo);
