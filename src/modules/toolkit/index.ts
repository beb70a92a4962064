import { registerDemoContributor } from '../../demo/load-demo';
import type { AppModule } from '../module';
import { contributeToolkitDemo } from './toolkit.demo';
import { toolkitRoutes } from './toolkit.routes';

/**
 * The toolkit: guides, codes of conduct, step plans and trainings for office holders and
 * civil servants; national items kept by the platform, the organisation's own items, and
 * sign-up for training sessions with a calendar invitation (ADR 0041).
 */
export const toolkitModule: AppModule = {
  name: 'toolkit',
  register: async (app, deps) => {
    await toolkitRoutes(app, deps);
  },
};

registerDemoContributor(contributeToolkitDemo);
