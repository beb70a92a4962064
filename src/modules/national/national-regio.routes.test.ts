import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildOrganisation,
  buildPerson,
  buildPlatformAdmin,
  type TestPerson,
} from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertSyntheticIncidents } from '../incidents';
import { provinceOfMunicipality } from './national-regions';
import { rebuildStatistics } from './use-cases/rebuild-statistics';

/** Real municipalities: four in Utrecht (PV26), three in Groningen (PV20), with their reports. */
const MUNICIPALITIES: [code: string, name: string, reports: number][] = [
  ['GM0344', 'Utrecht', 400],
  ['GM0307', 'Amersfoort', 250],
  ['GM0345', 'Veenendaal', 90],
  ['GM0356', 'Nieuwegein', 3],
  ['GM0014', 'Groningen', 300],
  ['GM0037', 'Stadskanaal', 120],
  ['GM0047', 'Veendam', 60],
];

interface Cell {
  area: { code: string; name: string; type: string };
  period: string;
  count: number | null;
  rate: number | null;
  suppressed: boolean;
}

let t: TestApp;
let home: { id: string };
let other: { id: string };
let analyst: TestPerson;
let handler: TestPerson;
let otherAdmin: TestPerson;

beforeAll(async () => {
  t = await buildTestApp();
  const db = t.deps.db;
  const orgs = [];
  for (const [code, name] of MUNICIPALITIES) orgs.push(await buildOrganisation(db, { code, name }));
  home = orgs[0]!;
  other = orgs[1]!;
  await buildOrganisation(db, { type: 'provincie', code: 'PV26', name: 'Utrecht' });
  await insertSyntheticIncidents(
    db,
    orgs.map((o, i) => ({ organisationId: o.id, count: MUNICIPALITIES[i]![2] })),
    new Date('2025-01-01T00:00:00Z'),
    new Date('2026-09-30T00:00:00Z'),
  );
  await rebuildStatistics({ db });
  analyst = await buildPerson(db, home.id, ['national_analyst']);
  handler = await buildPerson(db, home.id, ['handler']);
  otherAdmin = await buildPerson(db, other.id, ['org_admin']);
});
afterAll(async () => t?.close());

const national = (org: string, query: string) => `/api/v1/orgs/${org}/insight/national${query}`;

async function answer(query: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: national(home.id, query),
    headers: analyst.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { level: string; cells: Cell[]; totals: Cell[]; periods: string[] };
}

describe('national statistics per region (municipalities per province)', () => {
  it('answers each region as the sum of its municipalities, protected with them', async () => {
    const query = '?granularity=year&from=2025-Q1&to=2025-Q4';
    const regio = await answer(`${query}&level=regio`);
    const gemeente = await answer(`${query}&level=gemeente`);
    expect(regio.level).toBe('regio');
    expect(regio.periods).toEqual(['2025']);
    expect(regio.cells.map((c) => [c.area.code, c.area.name, c.area.type])).toEqual([
      ['PV20', 'Gemeenten in Groningen', 'regio'],
      ['PV26', 'Gemeenten in Utrecht', 'regio'],
    ]);
    // The same layer total under both levels: one publication, not two tables.
    expect(regio.totals).toEqual(gemeente.totals);
    const byCode = new Map(gemeente.cells.map((c) => [c.area.code, c]));
    for (const region of regio.cells) {
      expect(region.rate, 'no denominator per municipality, so none per region').toBeNull();
      if (region.suppressed) continue;
      expect(region.count).toBeGreaterThanOrEqual(10);
      const members = MUNICIPALITIES.filter(
        ([code]) => provinceOfMunicipality(code) === region.area.code,
      ).map(([code]) => byCode.get(code)!);
      const withheld = members.filter((m) => m.suppressed);
      // A withheld municipality never stands alone beside its published region.
      expect(withheld.length === 0 || withheld.length >= 2).toBe(true);
      if (withheld.length === 0) {
        expect(region.count).toBe(members.reduce((s, m) => s + m.count!, 0));
      }
    }
    // Groningen's three municipalities are all published, and so is their sum.
    const groningen = regio.cells.find((c) => c.area.code === 'PV20')!;
    expect(groningen.count).toBe(
      ['GM0014', 'GM0037', 'GM0047'].reduce((s, code) => s + byCode.get(code)!.count!, 0),
    );
    // Nieuwegein's 3 reports in 21 months are withheld, and so is a partner in Utrecht.
    expect(byCode.get('GM0356')!.suppressed).toBe(true);
    expect(
      ['GM0344', 'GM0307', 'GM0345'].some((code) => byCode.get(code)!.suppressed),
      'a partner beside Nieuwegein',
    ).toBe(true);
  });

  it('includes the regions in the published release, and the public route filters on them', async () => {
    const admin = await buildPlatformAdmin(t.deps.db);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/insight/releases',
      headers: admin.headers,
      payload: { quarter: '2025-Q4' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const latest = await t.app.inject({
      method: 'GET',
      url: '/api/v1/public/insight/national?level=regio',
    });
    expect(latest.statusCode).toBe(200);
    const rows = latest.json().rows as { level: string; areaType: string; areaCode: string }[];
    expect(rows.every((r) => r.level === 'regio')).toBe(true);
    expect(rows.filter((r) => r.areaType === 'regio').map((r) => r.areaCode)).toEqual([
      'PV20',
      'PV26',
      'PV20',
      'PV26',
    ]);
    const dictionary = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/insight/releases/${res.json().id}/data-dictionary.json`,
    });
    const level = dictionary.json().find((e: { field: string }) => e.field === 'level');
    expect(level.values).toContain('regio');
  });

  it('refuses an unknown level with a problem naming the field', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: national(home.id, '?level=provincie-regio'),
      headers: analyst.headers,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toContain('querystring.level');
  });

  it('is not there for another organisation’s admin, a wrong role or an anonymous visitor', async () => {
    const url = national(home.id, '?level=regio');
    const elsewhere = await t.app.inject({ method: 'GET', url, headers: otherAdmin.headers });
    expect(elsewhere.statusCode).toBe(404);
    // National figures answer a wrong role as if the route were not there (no denyAs 403).
    const wrongRole = await t.app.inject({ method: 'GET', url, headers: handler.headers });
    expect(wrongRole.statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'GET', url });
    expect(anonymous.statusCode).toBe(401);
  });
});
