import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { releaseRows, sliceOf } from './answers';
import {
  FILTERS,
  GRANULARITIES,
  type Layer,
  LEVELS,
  quarterRange,
  quarterStart,
  TARGET_GROUPS,
} from './national-dimensions';
import { buildPublication, type CountRow } from './national-tables';

const QUARTERS = quarterRange('2025-Q1', '2026-Q2');
/**
 * Two municipalities in Utrecht and one in Groningen (two regions), one whose code is not in
 * the CBS 2024 table (in no region), a province, a water board and a ministry.
 */
const ORGS: [Layer, string][] = [
  ['gemeente', 'GM0344'],
  ['gemeente', 'GM0307'],
  ['gemeente', 'GM0014'],
  ['gemeente', 'GM9999'],
  ['provincie', 'PV26'],
  ['waterschap', 'ws0001'],
  ['rijk', 'RIJK1'],
];
const TYPES = ORGS.map(([type]) => type);

const counts = fc.array(fc.nat({ max: 25 }), {
  minLength: TYPES.length * QUARTERS.length * TARGET_GROUPS.length,
  maxLength: TYPES.length * QUARTERS.length * TARGET_GROUPS.length,
});

function publicationOf(values: number[], k: number) {
  const organisations = ORGS.map(([type, code], i) => ({
    id: `o${i}`,
    code,
    name: `Org ${i}`,
    type,
  }));
  const rows: CountRow[] = [];
  let n = 0;
  for (const o of organisations)
    for (const q of QUARTERS)
      for (const t of TARGET_GROUPS) {
        const incidents = values[n++]!;
        const base = { organisation_id: o.id, quarter: quarterStart(q), target_group: t };
        rows.push({ ...base, kind: '*', incidents });
        rows.push({ ...base, kind: 'threat', incidents: Math.ceil(incidents / 2) });
        rows.push({ ...base, kind: 'doxing', incidents: Math.floor(incidents / 3) });
      }
  return buildPublication({
    organisations,
    rows,
    quarters: QUARTERS,
    populations: { gemeente: { office_holders: 9000, employees: 150000 } },
    k,
  });
}

describe('national answers', () => {
  it('never show a cell below k, in any question or release (property)', () => {
    fc.assert(
      fc.property(counts, fc.constantFrom(10, 15), (values, k) => {
        const publication = publicationOf(values, k);
        const check = (count: number | null, suppressed: boolean, rate: number | null) => {
          if (count === null) {
            expect(suppressed).toBe(true);
            expect(rate).toBeNull();
          } else expect(count).toBeGreaterThanOrEqual(k);
        };
        for (const level of LEVELS)
          for (const granularity of GRANULARITIES)
            for (const filter of FILTERS) {
              const kind = filter.startsWith('kind:') ? filter.slice(5) : undefined;
              const target = filter.startsWith('target:')
                ? (filter.slice(7) as (typeof TARGET_GROUPS)[number])
                : undefined;
              const slice = sliceOf(publication, { level, granularity, kind, target });
              for (const c of [...slice.cells, ...slice.totals])
                check(c.count, c.suppressed, c.rate);
            }
        for (const q of QUARTERS)
          for (const r of releaseRows(publication, q)) check(r.count, r.suppressed, r.rate);
      }),
      { numRuns: 25, seed: 42 },
    );
  });

  it('gives rates per 100 only where the frames give a denominator and the count is published', () => {
    const publication = publicationOf(Array(TYPES.length * QUARTERS.length * 4).fill(20), 10);
    const layer = sliceOf(publication, { level: 'layer', granularity: 'year' });
    const gemeenten = layer.cells.find((c) => c.area.code === 'gemeente')!;
    expect(gemeenten.count).toBe(4 * 4 * 4 * 20);
    expect(gemeenten.rate).toBeCloseTo((1280 / 159000) * 100, 3);
    expect(layer.cells.find((c) => c.area.code === 'provincie')!.rate).toBeNull();
  });

  it('publishes each region as the sum of its municipalities, and the layer as the regions plus the rest', () => {
    const publication = publicationOf(Array(TYPES.length * QUARTERS.length * 4).fill(20), 10);
    const regio = sliceOf(publication, { level: 'regio', granularity: 'quarter' });
    const gemeente = sliceOf(publication, { level: 'gemeente', granularity: 'quarter' });
    expect(regio.periods).toEqual(QUARTERS);
    const q = '2026-Q1';
    const ofRegion = (code: string) =>
      regio.cells.find((c) => c.area.code === code && c.period === q)!;
    expect(ofRegion('PV26')).toMatchObject({
      area: { code: 'PV26', name: 'Gemeenten in Utrecht', type: 'regio' },
      count: 2 * 4 * 20,
      suppressed: false,
    });
    expect(ofRegion('PV20').count).toBe(4 * 20);
    expect(regio.cells.map((c) => c.area.code)).not.toContain('?');
    // The same total as the municipalities', and the region has no rate (no denominator).
    const total = regio.totals.find((c) => c.period === q)!;
    expect(total).toEqual(gemeente.totals.find((c) => c.period === q));
    expect(total.count).toBe(4 * 4 * 20);
    expect(ofRegion('PV26').rate).toBeNull();
    expect(total.rate).not.toBeNull();
    const release = releaseRows(publication, '2025-Q4').filter(
      (r) => r.level === 'regio' && r.filter === 'all',
    );
    expect(release.map((r) => `${r.period} ${r.areaType} ${r.areaCode} ${r.count}`)).toEqual([
      '2025-Q4 regio PV20 80',
      '2025-Q4 regio PV26 160',
      '2025-Q4 layer gemeente 320',
      '2025 regio PV20 320',
      '2025 regio PV26 640',
      '2025 layer gemeente 1280',
    ]);
  });

  it('takes k from the configuration, upward only', () => {
    expect(loadConfig({ INSIGHT_DISCLOSURE_K: '15' }).disclosureK).toBe(15);
    expect(loadConfig({}).disclosureK).toBeUndefined();
    expect(() => loadConfig({ INSIGHT_DISCLOSURE_K: '5' })).toThrow(/INSIGHT_DISCLOSURE_K/);
  });
});
