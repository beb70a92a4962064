/**
 * The national publication (ADR 0036): every table the national API and a release may
 * show, built from the statistical rollup as ONE set of linked cells, so disclosure
 * control sees every relation between them (quarters and years, municipalities, their
 * regions and the layer, organisations and layers, target groups and all reports, one
 * kind and all reports). An answer is a slice of this protected set, never a table
 * protected on its own. Pure.
 */
import {
  type CellStatus,
  type CountCell,
  type Link,
  type ProtectOptions,
  protect,
  type Relation,
} from './disclosure/protect';
import {
  AREA_LAYERS,
  FILTERS,
  type Filter,
  type Granularity,
  type Layer,
  type Level,
  type Population,
  populationOf,
  quarterOfDate,
  quartersOfYear,
  TARGET_GROUPS,
} from './national-dimensions';
import { type Region, regionsOf } from './national-regions';

export interface OrganisationRef {
  id: string;
  code: string;
  name: string;
  type: Layer;
}

/** A rollup row as the incidents module gives it. */
export interface CountRow {
  organisation_id: string;
  quarter: string;
  target_group: string;
  kind: string;
  incidents: number;
}

/** Office holders and employees per layer (Monitor frames); missing: no rate. */
export type LayerPopulations = Partial<Record<Layer, Partial<Record<Population, number>>>>;

export interface PublicationInput {
  organisations: readonly OrganisationRef[];
  rows: readonly CountRow[];
  /** Complete quarters in the window, e.g. ['2025-Q1', …], in order. */
  quarters: readonly string[];
  populations: LayerPopulations;
  k: number;
}

export interface Area {
  code: string;
  name: string;
  type: Layer | 'regio' | 'layer' | 'land';
}

export interface PublishedCell {
  area: Area;
  period: string;
  count: number | null;
  rate: number | null;
  /** Withheld; the reason (primary or secondary) stays inside (it would leak bounds). */
  suppressed: boolean;
}

export interface ProtectedPublication {
  k: number;
  quarters: readonly string[];
  years: readonly string[];
  /** One cell by key `${filter}|${area}|${period}`. */
  cell(filter: Filter, areaKey: string, period: string): PublishedCell;
  organisations: readonly OrganisationRef[];
  /** The provinces' regions (their municipalities together), in code order. */
  regions: readonly Region[];
  populations: LayerPopulations;
  /** An organisation's own quarterly counts, unprotected: for that organisation only. */
  ownCounts(organisationId: string): Map<string, number>;
}

const LAYER_NAMES: Record<Layer, string> = {
  gemeente: 'Gemeenten',
  provincie: 'Provincies',
  waterschap: 'Waterschappen',
  rijk: 'Rijk',
};
const LAYERS = Object.keys(LAYER_NAMES) as Layer[];

/**
 * Municipalities outside the CBS 2024 table, summed: never listed, but protected as if it
 * were published, because it is the gemeente layer minus its regions.
 */
const UNPLACED = 'regio:?';

/** Build and protect the whole publication. */
export function buildPublication(
  input: PublicationInput,
  options: ProtectOptions = {},
): ProtectedPublication {
  const { organisations, quarters, k } = input;
  const years = completeYears(quarters);
  const periods = [...quarters, ...years];
  const quarterSet = new Set(quarters);
  const { regions, unplaced } = regionsOf(organisations);
  // Every municipality in exactly one of these, so the layer is their sum.
  const regionParts = [
    ...regions,
    ...(unplaced.length > 0 ? [{ key: UNPLACED, code: '?', name: '?', members: unplaced }] : []),
  ];
  const areas: { key: string; area: Area; hidden: boolean }[] = [
    ...organisations.map((o) => ({
      key: `org:${o.id}`,
      area: { code: o.code, name: o.name, type: o.type },
      hidden: !AREA_LAYERS.includes(o.type),
    })),
    ...regionParts.map((r) => ({
      key: r.key,
      area: { code: r.code, name: r.name, type: 'regio' as const },
      hidden: false,
    })),
    ...LAYERS.map((l) => ({
      key: `layer:${l}`,
      area: { code: l, name: LAYER_NAMES[l], type: 'layer' as const },
      hidden: false,
    })),
    { key: 'nl', area: { code: 'NL', name: 'Nederland', type: 'land' as const }, hidden: false },
  ];
  // Cells are numbered filter-major, then area, then period: no string keys on the hot path.
  const filterIndex = new Map(FILTERS.map((f, i) => [f, i]));
  const areaIndex = new Map(areas.map((a, i) => [a.key, i]));
  const periodIndex = new Map(periods.map((p, i) => [p, i]));
  const A = areas.length;
  const P = periods.length;
  const cells: CountCell[] = [];
  for (let f = 0; f < FILTERS.length; f++)
    for (const a of areas) for (let p = 0; p < P; p++) cells.push({ value: 0, hidden: a.hidden });
  const find = (f: Filter, a: string, p: string): number | undefined => {
    const fi = filterIndex.get(f);
    const ai = areaIndex.get(a);
    const pi = periodIndex.get(p);
    if (fi === undefined || ai === undefined || pi === undefined) return undefined;
    return (fi * A + ai) * P + pi;
  };
  const at = (f: Filter, a: string, p: string) => {
    const i = find(f, a, p);
    if (i === undefined) throw new Error(`no cell ${f} ${a} ${p}`);
    return i;
  };
  const areaOf = (i: number) => areas[Math.floor(i / P) % A]!.area;

  // Organisation x quarter counts from the rollup.
  const orgIds = new Set(organisations.map((o) => o.id));
  for (const row of input.rows) {
    const q = quarterOfDate(row.quarter);
    if (!quarterSet.has(q) || !orgIds.has(row.organisation_id)) continue;
    const a = `org:${row.organisation_id}`;
    const targets: Filter[] =
      row.kind === '*' ? ['all', `target:${row.target_group}` as Filter] : [];
    const filters: Filter[] = row.kind === '*' ? targets : [`kind:${row.kind}` as Filter];
    for (const f of filters) {
      const i = find(f, a, q);
      if (i !== undefined) cells[i]!.value += row.incidents;
    }
  }

  const relations: Relation[] = [];
  const links: Link[] = [];
  const relate = (total: number, parts: number[]) => {
    relations.push({ total, parts });
    cells[total]!.value = parts.reduce((s, p) => s + cells[p]!.value, 0);
  };
  // The hierarchy municipality -> region -> layer: a region is its municipalities and the
  // municipalities' layer is its regions (not its municipalities again: that relation
  // follows from these two, the interval check bounds at least as tightly through the
  // regions, and it would double the work). Other layers are their organisations.
  const sums = [
    ...regionParts.map((r) => ({ key: r.key, parts: r.members.map((o) => `org:${o.id}`) })),
    ...LAYERS.map((l) => ({
      key: `layer:${l}`,
      parts:
        l === 'gemeente' && regionParts.length > 0
          ? regionParts.map((r) => r.key)
          : organisations.filter((o) => o.type === l).map((o) => `org:${o.id}`),
    })),
  ];
  for (const f of FILTERS) {
    // Years are their quarters (organisations first, the sums follow from them).
    for (const o of organisations)
      for (const y of years)
        relate(
          at(f, `org:${o.id}`, y),
          quartersOfYear(y).map((q) => at(f, `org:${o.id}`, q)),
        );
    for (const p of periods) {
      for (const { key, parts } of sums)
        relate(
          at(f, key, p),
          parts.map((a) => at(f, a, p)),
        );
      relate(
        at(f, 'nl', p),
        LAYERS.map((l) => at(f, `layer:${l}`, p)),
      );
    }
    // The regions', layers' and the country's years are their quarters too.
    for (const a of [...regionParts.map((r) => r.key), ...LAYERS.map((l) => `layer:${l}`), 'nl'])
      for (const y of years)
        relations.push({ total: at(f, a, y), parts: quartersOfYear(y).map((q) => at(f, a, q)) });
  }
  for (const a of areas)
    for (const p of periods) {
      relations.push({
        total: at('all', a.key, p),
        parts: TARGET_GROUPS.map((t) => at(`target:${t}`, a.key, p)),
      });
      for (const f of FILTERS)
        if (f.startsWith('kind:'))
          links.push({ cell: at(f, a.key, p), bound: at('all', a.key, p) });
    }

  const status = protect({ cells, relations, links }, k, options);
  return {
    k,
    quarters,
    years,
    organisations,
    regions,
    populations: input.populations,
    ownCounts(organisationId) {
      const own = new Map<string, number>();
      for (const q of quarters) {
        const i = find('all', `org:${organisationId}`, q);
        if (i !== undefined) own.set(q, cells[i]!.value);
      }
      return own;
    },
    cell(filter, areaKey, period) {
      const i = at(filter, areaKey, period);
      const area = areaOf(i);
      return present(cells[i]!.value, status[i]!, area, period, rateBase(input, area, filter));
    },
  };
}

function present(
  value: number,
  status: CellStatus,
  area: Area,
  period: string,
  population: number | null,
): PublishedCell {
  if (status === 'hidden') throw new Error('a hidden cell is never published');
  const count = status === null ? value : null;
  const rate =
    count !== null && population ? Math.round((count / population) * 100 * 1000) / 1000 : null;
  return { area, period, count, rate, suppressed: status !== null };
}

/**
 * The denominator of a layer's or the country's rate for `filter`, if the frames give it.
 * Organisations and regions get none: the Monitor's frames count people per layer (and
 * size class), not per municipality, so a region's denominator (the sum of its
 * municipalities') is not known, and a share of the layer's would be invented.
 */
function rateBase(input: PublicationInput, area: Area, filter: Filter): number | null {
  const population = populationOf(filter);
  if (population === null) return null;
  const layers: Layer[] =
    area.type === 'land' ? LAYERS : area.type === 'layer' ? [area.code as Layer] : [];
  if (layers.length === 0) return null;
  let sum = 0;
  for (const l of layers) {
    const p = input.populations[l];
    const groups: Population[] =
      population === 'both' ? ['office_holders', 'employees'] : [population];
    for (const g of groups) {
      const v = p?.[g];
      if (v === undefined) return null;
      sum += v;
    }
  }
  return sum > 0 ? sum : null;
}

/** Years whose four quarters are all in the window. */
export function completeYears(quarters: readonly string[]): string[] {
  const set = new Set(quarters);
  const years = [...new Set(quarters.map((q) => q.slice(0, 4)))];
  return years.filter((y) => quartersOfYear(y).every((q) => set.has(q)));
}

/** The areas of a level, in code order, with the key of each cell and of the total. */
export function areasOf(
  publication: ProtectedPublication,
  level: Level,
): { areas: string[]; total: string } {
  if (level === 'layer') return { areas: LAYERS.map((l) => `layer:${l}`), total: 'nl' };
  if (level === 'regio') {
    return { areas: publication.regions.map((r) => r.key), total: 'layer:gemeente' };
  }
  const orgs = publication.organisations
    .filter((o) => o.type === level)
    .sort((a, b) => a.code.localeCompare(b.code));
  return { areas: orgs.map((o) => `org:${o.id}`), total: `layer:${level}` };
}

/** The periods of a granularity in the window. */
export function periodsOf(
  publication: ProtectedPublication,
  granularity: Granularity,
): readonly string[] {
  return granularity === 'quarter' ? publication.quarters : publication.years;
}
