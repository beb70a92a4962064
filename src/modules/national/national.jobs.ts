import type { AppDeps } from '../../platform/deps';
import { rebuildStatistics } from './use-cases/rebuild-statistics';

/** Rebuild the statistical rollup from the register (ADR 0036). */
export const ROLLUP_QUEUE = 'national.rollup';
/** Hourly: national figures cover complete quarters, so an hour's lag changes nothing shown. */
export const ROLLUP_INTERVAL_MS = 60 * 60 * 1000;

export function registerNationalJobs(deps: AppDeps): void {
  deps.jobs.handle(ROLLUP_QUEUE, async () => {
    await rebuildStatistics(deps);
  });
  deps.jobs.every(ROLLUP_QUEUE, ROLLUP_INTERVAL_MS);
}
