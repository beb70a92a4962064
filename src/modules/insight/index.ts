import type { AppModule } from '../module';
import { insightRoutes } from './insight.routes';

/**
 * Insight for one organisation (issue 13): the dashboard of its reports and the integrity
 * channel's legal clocks, as charts with table alternatives and CSV. Aggregates only; the
 * data stays within the organisation (outside it, the national module's disclosure control
 * applies).
 */
export const insightModule: AppModule = {
  name: 'insight',
  register: async (app, deps) => {
    await insightRoutes(app, deps);
  },
};
