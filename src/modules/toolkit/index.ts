import { registerDemoContributor } from '../../demo/load-demo';
import { unscopedContext } from '../../platform/use-case';
import type { AppModule } from '../module';
import { contributeToolkitDemo } from './toolkit.demo';
import { toolkitPublicRoutes, toolkitRoutes } from './toolkit.routes';
import { remindTrainings } from './use-cases/remind-training';

/** Queue of the hourly job that reminds people of tomorrow's training. */
export const TOOLKIT_JOBS = { trainingReminder: 'toolkit.training-reminder' } as const;
const HOURLY_MS = 60 * 60 * 1000;

/**
 * The toolkit: guides, codes of conduct, step plans and trainings for office holders and
 * civil servants; national items kept by the platform, the organisation's own items, and
 * sign-up for training sessions with a calendar invitation (ADR 0041).
 */
export const toolkitModule: AppModule = {
  name: 'toolkit',
  register: async (app, deps) => {
    await toolkitRoutes(app, deps);
    await toolkitPublicRoutes(app, deps);
    deps.jobs.handle(TOOLKIT_JOBS.trainingReminder, async () => {
      const reminded = await remindTrainings(unscopedContext(deps));
      if (reminded > 0) deps.logger.info({ reminded }, 'training reminders published');
    });
    deps.jobs.every(TOOLKIT_JOBS.trainingReminder, HOURLY_MS);
  },
};

registerDemoContributor(contributeToolkitDemo);

/** Titles of national toolkit items by their slug, for advice that names items by key. */
export { titlesBySlug as toolkitTitles } from './toolkit.repository';
