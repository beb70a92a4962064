/**
 * Loading the national publication: the rollup, the organisations and the frames'
 * populations, protected as one set (national-tables.ts). Cached per rollup rebuild,
 * last complete quarter and k, so a question costs a slice, not a rebuild.
 */
import type { Db } from '../../db/database';
import { listOrganisationRefs } from '../../platform/identity';
import { amsterdamDate } from '../../platform/time/calendar';
import { incidentStatisticsRefreshedAt, readIncidentStatistics } from '../incidents';
import { latestFramePopulations } from '../monitor';
import {
  FIRST_QUARTER,
  type Layer,
  lastCompleteQuarter,
  quarterRange,
  quarterStart,
} from './national-dimensions';
import {
  buildPublication,
  type LayerPopulations,
  type ProtectedPublication,
} from './national-tables';

const LAYER_OF_FRAME: Record<string, Layer> = {
  municipality: 'gemeente',
  province: 'provincie',
  water_board: 'waterschap',
  central_government: 'rijk',
};

export interface LoadedPublication {
  publication: ProtectedPublication;
  refreshedAt: Date | null;
  denominator: { source: string | null; synthetic: boolean };
}

/** Per database (tests open many), per rebuild, last quarter and k. */
const caches = new WeakMap<object, Map<string, LoadedPublication>>();

/**
 * The protected publication up to `lastQuarter` (default: the last complete one), read
 * through `db` (a transaction may pass itself) and cached under `owner` (the pool).
 */
export async function loadPublication(
  db: Db,
  owner: object,
  now: Date,
  k: number,
  lastQuarter: string = lastCompleteQuarter(amsterdamDate(now)),
): Promise<LoadedPublication> {
  const refreshedAt = await incidentStatisticsRefreshedAt(db);
  const key = `${refreshedAt?.toISOString() ?? 'never'}|${lastQuarter}|${k}`;
  let cache = caches.get(owner);
  if (!cache) {
    cache = new Map();
    caches.set(owner, cache);
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const quarters = lastQuarter < FIRST_QUARTER ? [] : quarterRange(FIRST_QUARTER, lastQuarter);
  const [orgs, rows, frames] = await Promise.all([
    listOrganisationRefs(db),
    quarters.length === 0
      ? Promise.resolve([])
      : readIncidentStatistics(db, quarterStart(quarters[0]!), quarterStart(quarters.at(-1)!)),
    latestFramePopulations(db),
  ]);
  const populations: LayerPopulations = {};
  for (const f of frames) {
    const layer = LAYER_OF_FRAME[f.layer];
    if (!layer) continue;
    const group = f.population === 'office_holders' ? 'office_holders' : 'employees';
    populations[layer] = { ...populations[layer], [group]: f.count };
  }
  const source =
    frames.length === 0
      ? null
      : [...new Set(frames.map((f) => `${f.title} (${f.year})`))].sort().join('; ');
  const loaded: LoadedPublication = {
    publication: buildPublication({
      organisations: orgs.map((o) => ({ id: o.id, code: o.code, name: o.name, type: o.type })),
      rows,
      quarters,
      populations,
      k,
    }),
    refreshedAt,
    denominator: { source, synthetic: frames.some((f) => f.synthetic) },
  };
  if (cache.size > 16) cache.clear();
  cache.set(key, loaded);
  return loaded;
}

/** The size class of an organisation from its settings (`sizeClass`), if it has one. */
export function sizeClassOf(settings: unknown): string | null {
  const value = (settings as { sizeClass?: unknown } | null)?.sizeClass;
  return typeof value === 'string' && value.length > 0 ? value : null;
}
