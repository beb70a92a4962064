import type { Db } from '../../../../db/database';
import { auditSeparately } from '../../../../platform/audit/audit';
import type { Scope } from '../../../../platform/auth/actor';
import { notFound } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { canSeeWave } from '../../monitor.policy';
import type { Population, WaveRow } from '../../monitor.tables';
import { requireWave } from '../../waves/load-wave';
import { listWaves } from '../../waves/waves.repository';
import { estimateWave } from '../estimate-wave';
import { loadWaveData } from '../load-wave-data';
import { buildTrends, type TrendTable } from '../trends';
import { trendCharts, waveResults } from '../wave-results';

/** A wave the scope may see, or 404 (an analyst does not learn of unpublished waves). */
export async function visibleWave(db: Db, scope: Scope, waveId: string): Promise<WaveRow> {
  const wave = await requireWave(db, scope.organisationId, waveId);
  if (!canSeeWave(scope, wave)) throw notFound('Deze meting');
  return wave;
}

/** Weighted estimates, breakdowns and charts of one wave. */
export async function getWaveResults(ctx: UseCaseContext, waveId: string) {
  const { db, scope, origin } = ctx;
  const wave = await visibleWave(db, scope, waveId);
  const results = waveResults(await loadWaveData(db, wave));
  await auditSeparately(db, { ...scope, origin }, 'monitor.results.read', {
    type: 'monitor_wave',
    id: waveId,
  });
  return results;
}

/**
 * Trends of one population across its waves with responses, up to a year when
 * given (a report shows the trend as it stood). Analysts see published waves only.
 */
export async function computeTrends(
  db: Db,
  scope: Pick<Scope, 'organisationId' | 'roles'>,
  population: Population,
  upToYear?: number,
): Promise<TrendTable & { charts: ReturnType<typeof trendCharts> }> {
  const waves = (await listWaves(db, scope.organisationId, { population }))
    .filter((w) => canSeeWave(scope, w))
    .filter((w) => upToYear === undefined || w.year <= upToYear);
  const trendWaves = [];
  for (const w of waves) {
    const data = await loadWaveData(db, w);
    if (data.responses.length === 0) continue;
    trendWaves.push({
      waveId: w.id,
      year: w.year,
      synthetic: w.synthetic,
      estimates: estimateWave(data),
    });
  }
  const table = buildTrends(population, trendWaves);
  return { ...table, charts: trendCharts(table) };
}

export async function getTrends(ctx: UseCaseContext, population: Population) {
  const { db, scope, origin } = ctx;
  const trends = await computeTrends(db, scope, population);
  await auditSeparately(db, { ...scope, origin }, 'monitor.trends.read', {
    type: 'monitor_trend',
    id: null,
  });
  return trends;
}
