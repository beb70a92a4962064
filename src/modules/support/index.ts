import { registerDemoContributor } from '../../demo/load-demo';
import type { AppModule } from '../module';
import { NOTIFY_TEAM_QUEUE, notifySupportTeam } from './jobs/notify-team';
import { contributeSupportDemo } from './support.demo';
import { supportRoutes } from './support.routes';

/**
 * Support for office holders (steun): requests to the national support team, for legal
 * support and for home security, made by the person or referred by a handler with the
 * person's consent; the team works them in its queue (ADR 0039).
 */
export const supportModule: AppModule = {
  name: 'support',
  register: async (app, deps) => {
    deps.jobs.handle(NOTIFY_TEAM_QUEUE, (payload) => notifySupportTeam(deps, payload));
    await supportRoutes(app, deps);
  },
};

registerDemoContributor(contributeSupportDemo);
