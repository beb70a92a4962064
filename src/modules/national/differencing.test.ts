/**
 * The differencing test (issue 13): one unique report is planted in a synthetic data
 * set; EVERY allowed question (each level, granularity, filter and aligned from/to
 * range) and every quarterly release is asked; every number that comes back becomes a
 * linear fact over the unknown counts (non-negative integers per organisation x quarter
 * x target group x kind); integer linear programming then gives the least value the
 * planted report's cells can have given ALL answers together — differences of totals,
 * overlapping periods, years against quarters, regions against their municipalities and
 * the layer, layers against organisations, target groups against all reports. Zero means the answers cannot tell whether the report
 * exists; it holds for its existence and for each of its attributes.
 *
 * The model is restricted to the two kinds the data uses (a reader who somehow knew
 * the other kinds are empty is stronger than any real one), so a proof here holds for
 * the full model too.
 */
import { describe, expect, it } from 'vitest';
import { releaseRows, sliceOf } from './answers';
import { extreme, type LinearFact } from './disclosure/lp-bounds.test-support';
import {
  FILTERS,
  type Filter,
  GRANULARITIES,
  type Layer,
  LEVELS,
  quarterRange,
  quarterStart,
  quartersOfYear,
  TARGET_GROUPS,
} from './national-dimensions';
import { provinceOfMunicipality } from './national-regions';
import {
  buildPublication,
  type CountRow,
  type OrganisationRef,
  type PublishedCell,
} from './national-tables';

const K = 10;
const KINDS = ['threat', 'intimidation'] as const;
const QUARTERS = quarterRange('2025-Q1', '2025-Q4');

/**
 * Municipalities in two regions: 1-2 in Groningen, 3-5 in Utrecht (the planted report is in 5,
 * whose region is it plus two municipalities large enough to be published). The province
 * organisation is Utrecht's: its own reports are not its region's.
 */
const MUNICIPALITIES = ['GM0014', 'GM0037', 'GM0344', 'GM0307', 'GM0345'];
const ORGS: OrganisationRef[] = [
  ...MUNICIPALITIES.map((code, i) => ({
    id: `g${i + 1}`,
    code,
    name: `Gemeente ${i + 1}`,
    type: 'gemeente' as Layer,
  })),
  { id: 'p1', code: 'PV26', name: 'Provincie Utrecht', type: 'provincie' },
  { id: 'w1', code: 'ws0001', name: 'Waterschap 1', type: 'waterschap' },
  { id: 'r1', code: 'RIJK1', name: 'Ministerie 1', type: 'rijk' },
];

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reports per org x quarter x target x kind (each report has one kind here). */
type Data = Map<string, number>;
const cellKey = (org: string, q: string, t: string, kind: string) => `${org}|${q}|${t}|${kind}`;

function syntheticData(): Data {
  const rnd = random(2026);
  const size: Record<string, number> = {
    g1: 4,
    g2: 2.5,
    g3: 3,
    g4: 2.5,
    g5: 0,
    p1: 0.8,
    w1: 0.3,
    r1: 0.4,
  };
  const data: Data = new Map();
  for (const o of ORGS)
    for (const q of QUARTERS)
      for (const t of TARGET_GROUPS)
        for (const k of KINDS) {
          const n = Math.floor(rnd() * 6 * size[o.id]!);
          if (n > 0) data.set(cellKey(o.id, q, t, k), n);
        }
  // Gemeente 5: 12 threats against employees in every quarter but 2025-Q3, which is empty…
  for (const q of QUARTERS)
    if (q !== '2025-Q3') data.set(cellKey('g5', q, 'employee', 'threat'), 12);
  // …except for the planted report: one threat against a relative, the only one of its kind.
  data.set(cellKey('g5', '2025-Q3', 'relative', 'threat'), 1);
  return data;
}

function rowsOf(data: Data): CountRow[] {
  const rows: CountRow[] = [];
  const all = new Map<string, number>();
  for (const [key, n] of data) {
    const [org, q, t, kind] = key.split('|') as [string, string, string, string];
    rows.push({
      organisation_id: org,
      quarter: quarterStart(q),
      target_group: t,
      kind,
      incidents: n,
    });
    const star = `${org}|${q}|${t}`;
    all.set(star, (all.get(star) ?? 0) + n);
  }
  for (const [star, n] of all) {
    const [org, q, t] = star.split('|') as [string, string, string];
    rows.push({
      organisation_id: org,
      quarter: quarterStart(q),
      target_group: t,
      kind: '*',
      incidents: n,
    });
  }
  return rows;
}

const VARIABLES = ORGS.flatMap((o) =>
  QUARTERS.flatMap((q) => TARGET_GROUPS.flatMap((t) => KINDS.map((k) => cellKey(o.id, q, t, k)))),
);

/** The unknowns a published cell sums. */
function varsOf(filter: Filter, area: PublishedCell['area'], period: string): string[] {
  const orgs =
    area.type === 'land'
      ? ORGS
      : area.type === 'layer'
        ? ORGS.filter((o) => o.type === area.code)
        : area.type === 'regio'
          ? ORGS.filter(
              (o) => o.type === 'gemeente' && provinceOfMunicipality(o.code) === area.code,
            )
          : ORGS.filter((o) => o.code === area.code && o.type === area.type);
  const quarters = period.includes('-Q') ? [period] : quartersOfYear(period);
  return VARIABLES.filter((v) => {
    const [org, q, t, kind] = v.split('|') as [string, string, string, string];
    if (!orgs.some((o) => o.id === org) || !quarters.includes(q)) return false;
    if (filter.startsWith('kind:')) return kind === filter.slice(5);
    if (filter.startsWith('target:')) return t === filter.slice(7);
    return true;
  });
}

/** Ask every allowed question and every release; answers every published number. */
function everyAnswer(secondary: boolean) {
  const publication = buildPublication(
    {
      organisations: ORGS,
      rows: rowsOf(syntheticData()),
      quarters: QUARTERS,
      populations: {},
      k: K,
    },
    { secondary },
  );
  const answers = new Map<string, { filter: Filter; cell: PublishedCell }>();
  const note = (filter: Filter, cell: PublishedCell) => {
    const key = `${filter}|${cell.area.type}|${cell.area.code}|${cell.period}`;
    const seen = answers.get(key);
    if (seen) expect(seen.cell.count, `${key} answered alike everywhere`).toBe(cell.count);
    answers.set(key, { filter, cell });
  };
  const bounds = [undefined, ...QUARTERS];
  let questions = 0;
  for (const level of LEVELS)
    for (const granularity of GRANULARITIES)
      for (const filter of FILTERS)
        for (const from of bounds)
          for (const to of bounds) {
            if (from && to && from > to) continue;
            const kind = filter.startsWith('kind:') ? filter.slice(5) : undefined;
            const target = filter.startsWith('target:')
              ? (filter.slice(7) as (typeof TARGET_GROUPS)[number])
              : undefined;
            const slice = sliceOf(publication, { level, granularity, from, to, kind, target });
            for (const cell of [...slice.cells, ...slice.totals]) note(filter, cell);
            questions++;
          }
  for (const q of QUARTERS)
    for (const row of releaseRows(publication, q))
      note(row.filter as Filter, {
        area: {
          code: row.areaCode,
          name: row.areaName,
          type: row.areaType as PublishedCell['area']['type'],
        },
        period: row.period,
        count: row.count,
        rate: row.rate,
        suppressed: row.suppressed,
      });
  const regions = new Set<string>();
  const facts: LinearFact[] = [];
  for (const { filter, cell } of answers.values()) {
    if (cell.area.type === 'regio') regions.add(cell.area.code);
    if (cell.count === null) continue;
    expect(cell.count).toBeGreaterThanOrEqual(K);
    facts.push({ vars: varsOf(filter, cell.area, cell.period), bound: { equal: cell.count } });
  }
  const countOf = (filter: Filter, area: PublishedCell['area'], period: string) =>
    answers.get(`${filter}|${area.type}|${area.code}|${period}`)?.cell.count;
  return {
    problem: { variables: VARIABLES, facts },
    questions,
    answers: answers.size,
    regions,
    countOf,
  };
}

const PLANTED = cellKey('g5', '2025-Q3', 'relative', 'threat');
const G5 = { code: 'GM0345', name: 'Gemeente 5', type: 'gemeente' as const };
const UTRECHT = { code: 'PV26', name: 'Gemeenten in Utrecht', type: 'regio' as const };

describe('differencing: no combination of answers reveals the planted report', {
  timeout: 600_000,
}, () => {
  it('with primary suppression only, the year minus its quarters gives it away (the test has teeth)', () => {
    const { problem } = everyAnswer(false);
    // Gemeente 5's 2025-Q3, derived from 2025 minus the three other quarters.
    expect(extreme(problem, varsOf('all', G5, '2025-Q3'), 'minimize')).toBe(1);
  });

  it('with secondary suppression, every answer together leaves its existence and each attribute open', () => {
    const { problem, questions, answers, regions, countOf } = everyAnswer(true);
    expect(questions).toBeGreaterThan(1000);
    expect(answers).toBeGreaterThan(500);
    // The answers include both regions, with numbers: the planted report's region and its
    // two other municipalities are large, so "region minus the others" is a real route (when
    // the region relations were left out of the publication, this test found the report).
    expect([...regions].sort()).toEqual(['PV20', 'PV26']);
    expect(countOf('all', UTRECHT, '2025')).toBeGreaterThanOrEqual(K);
    // Existence: the report itself, and its organisation's quarter.
    expect(extreme(problem, [PLANTED], 'minimize')).toBe(0);
    expect(extreme(problem, varsOf('all', G5, '2025-Q3'), 'minimize')).toBe(0);
    // Attributes: its kind, its target group, each within its organisation and quarter.
    expect(extreme(problem, varsOf('kind:threat', G5, '2025-Q3'), 'minimize')).toBe(0);
    expect(extreme(problem, varsOf('target:relative', G5, '2025-Q3'), 'minimize')).toBe(0);
    // And every cell of its organisation in that quarter and year holding 1 to k-1
    // reports could be empty.
    const data = syntheticData();
    for (const filter of FILTERS)
      for (const period of ['2025-Q3', '2025']) {
        const vars = varsOf(filter, G5, period);
        const truth = vars.reduce((s, v) => s + (data.get(v) ?? 0), 0);
        if (truth === 0 || truth >= K) continue;
        expect(extreme(problem, vars, 'minimize'), `${filter} ${period}`).toBe(0);
      }
  });
});
