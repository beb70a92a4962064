import type { Db } from '../../../db/database';
import type { Clock } from '../../../platform/time/clock';
import { systemClock } from '../../../platform/time/clock';
import { rebuildIncidentStatistics } from '../../incidents';

/** Rebuild the rollup in one transaction; answers the number of reports counted. */
export async function rebuildStatistics(deps: {
  db: Db;
  clock?: Clock;
  logger?: { info(obj: object, msg: string): void };
}): Promise<number> {
  const now = (deps.clock ?? systemClock).now();
  const incidents = await deps.db
    .transaction()
    .execute((trx) => rebuildIncidentStatistics(trx, now));
  deps.logger?.info({ incidents }, 'national statistics rebuilt');
  return incidents;
}
