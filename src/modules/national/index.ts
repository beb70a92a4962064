import type { AppModule } from '../module';
import { registerNationalJobs } from './national.jobs';
import { nationalRoutes } from './national.routes';

/**
 * National insight (issue 13, ADR 0036): the statistical rollup, disclosure control
 * over one linked publication, national figures for analysts and researchers, an
 * organisation beside its peers, and immutable quarterly releases as open data.
 */
export const nationalModule: AppModule = {
  name: 'national',
  async register(app, deps) {
    registerNationalJobs(deps);
    await nationalRoutes(app, deps);
  },
};

/** Pure disclosure control: primary and secondary suppression over linked tables. */
export { MIN_K, protect } from './disclosure/protect';
/** Rebuild the statistical rollup now (demo loader, benchmark). */
export { rebuildStatistics } from './use-cases/rebuild-statistics';
