import { registerDemoContributor } from '../../demo/load-demo';
import type { AppModule } from '../module';
import { ensurePlatformDefinition } from '../questionnaires';
import { loadMonitorDemo, MONITOR_DEMO_ORGANISATION } from './demo/load-monitor-demo';
import { registerMonitorJobs } from './monitor.jobs';
import { monitorRoutes } from './monitor.routes';
import { MONITOR_DEFINITIONS } from './responses/monitor-questionnaire';

/** The Monitor: survey waves, sampling frames, anonymous invitations, imports, indicators, results and reports. */
export const monitorModule: AppModule = {
  name: 'monitor',
  async register(app, deps) {
    // The survey's questionnaire versions live in the questionnaire engine, published platform-wide.
    for (const definition of MONITOR_DEFINITIONS)
      await ensurePlatformDefinition(deps.db, definition);
    registerMonitorJobs(deps);
    await monitorRoutes(app, deps);
  },
};

// Demo: synthetic waves for the ministry, marked "synthetisch" everywhere.
registerDemoContributor(async (deps, orgIds) => {
  const organisationId = orgIds.get(MONITOR_DEMO_ORGANISATION);
  if (!organisationId) return;
  const respondents = await loadMonitorDemo(deps, organisationId);
  deps.logger.info({ respondents }, 'monitor demo loaded');
});

/** Load the synthetic demo waves into an organisation (demo loader and tests). */
export { loadMonitorDemo } from './demo/load-monitor-demo';

/** Population counts per layer from the latest frames: denominators for national rates. */
export {
  type FramePopulation,
  latestFramePopulations,
} from './frames/populations.repository';
