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
const TYPES: Layer[] = [
  'gemeente',
  'gemeente',
  'gemeente',
  'gemeente',
  'provincie',
  'waterschap',
  'rijk',
];

const counts = fc.array(fc.nat({ max: 25 }), {
  minLength: TYPES.length * QUARTERS.length * TARGET_GROUPS.length,
  maxLength: TYPES.length * QUARTERS.length * TARGET_GROUPS.length,
});

function publicationOf(values: number[], k: number) {
  const organisations = TYPES.map((type, i) => ({
    id: `o${i}`,
    code: `C${i}`,
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

  it('takes k from the configuration, upward only', () => {
    expect(loadConfig({ INSIGHT_DISCLOSURE_K: '15' }).disclosureK).toBe(15);
    expect(loadConfig({}).disclosureK).toBeUndefined();
    expect(() => loadConfig({ INSIGHT_DISCLOSURE_K: '5' })).toThrow(/INSIGHT_DISCLOSURE_K/);
  });
});
