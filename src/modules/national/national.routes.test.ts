import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildOrganisation,
  buildPerson,
  buildPlatformAdmin,
  type TestPerson,
} from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertSyntheticIncidents } from '../incidents';
import { rebuildStatistics } from './use-cases/rebuild-statistics';

let t: TestApp;
let orgA: { id: string };
let orgB: { id: string };
let analyst: TestPerson;
let handler: TestPerson;
let admin: TestPerson;
const gemeenten: { id: string }[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  const db = t.deps.db;
  for (let i = 0; i < 8; i++) gemeenten.push(await buildOrganisation(db));
  orgA = gemeenten[0]!;
  orgB = gemeenten[1]!;
  await buildOrganisation(db, { type: 'provincie', code: `PVT${Date.now() % 100000}` });
  // Big municipalities, middling ones and tiny ones, over 2025 and the first three quarters of 2026.
  const counts = [400, 300, 120, 60, 30, 12, 5, 1];
  await insertSyntheticIncidents(
    db,
    gemeenten.map((g, i) => ({ organisationId: g.id, count: counts[i]! })),
    new Date('2025-01-01T00:00:00Z'),
    new Date('2026-09-30T00:00:00Z'),
  );
  await rebuildStatistics({ db });
  analyst = await buildPerson(db, orgA.id, ['national_analyst']);
  handler = await buildPerson(db, orgA.id, ['handler']);
  admin = await buildPlatformAdmin(db);
});
afterAll(async () => t?.close());

const national = (org: string, query = '') => `/api/v1/orgs/${org}/insight/national${query}`;

describe('national statistics', () => {
  it('answers a national analyst with every cell at least k or suppressed', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: national(orgA.id, '?level=gemeente&granularity=quarter&from=2025-Q1&to=2026-Q3'),
      headers: analyst.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.k).toBe(10);
    expect(body.periods).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(body.cells.length).toBe(8 * 7);
    for (const c of [...body.cells, ...body.totals]) {
      if (c.count === null) expect(c.suppressed).toBe(true);
      else expect(c.count).toBeGreaterThanOrEqual(10);
    }
    expect(body.cells.some((c: { suppressed: boolean }) => c.suppressed)).toBe(true);
    expect(body.cells.some((c: { count: number | null }) => c.count !== null)).toBe(true);
  });

  it('refuses a free date range and two filters at once, naming the field', async () => {
    const bad = await t.app.inject({
      method: 'GET',
      url: national(orgA.id, '?from=2025-03-01'),
      headers: analyst.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('querystring.from');
    const both = await t.app.inject({
      method: 'GET',
      url: national(orgA.id, '?kind=threat&target=relative'),
      headers: analyst.headers,
    });
    expect(both.statusCode).toBe(400);
  });

  it('is not there for a handler, another organisation, or an anonymous visitor', async () => {
    const asHandler = await t.app.inject({
      method: 'GET',
      url: national(orgA.id),
      headers: handler.headers,
    });
    expect(asHandler.statusCode).toBe(404);
    const elsewhere = await t.app.inject({
      method: 'GET',
      url: national(orgB.id),
      headers: analyst.headers,
    });
    expect(elsewhere.statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'GET', url: national(orgA.id) });
    expect(anonymous.statusCode).toBe(401);
  });

  it('shows a handler the own figures beside the peers, the median only where enough pass', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${orgA.id}/insight/peers`,
      headers: handler.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.sizeClass.code).toBe('gemeente');
    expect(body.figures.length).toBe(7);
    const total = body.figures.reduce((s: number, f: { own: number }) => s + f.own, 0);
    expect(total).toBe(400);
    for (const f of body.figures) if (f.median === null) expect(f.suppressed).toBe(true);
  });
});

describe('national releases', () => {
  let releaseId: string;

  it('lets only a platform admin publish a past quarter', async () => {
    const asAnalyst = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/insight/releases',
      headers: analyst.headers,
      payload: { quarter: '2026-Q3' },
    });
    expect(asAnalyst.statusCode).toBe(403);
    const future = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/insight/releases',
      headers: admin.headers,
      payload: { quarter: '2030-Q1' },
    });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('body.quarter');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/insight/releases',
      headers: admin.headers,
      payload: { quarter: '2026-Q3' },
    });
    expect(res.statusCode, res.body).toBe(201);
    releaseId = res.json().id;
    expect(res.json().licence).toContain('CC BY 4.0');
  });

  it('serves the release to anyone, as JSON and CSV, never a cell below k', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/public/insight/releases' });
    expect(list.json().map((r: { id: string }) => r.id)).toContain(releaseId);
    const json = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/insight/releases/${releaseId}/tables.json`,
    });
    expect(json.statusCode).toBe(200);
    const rows = json.json().rows as { count: number | null; suppressed: boolean }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      if (r.count === null) expect(r.suppressed).toBe(true);
      else expect(r.count).toBeGreaterThanOrEqual(10);
    }
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/insight/releases/${releaseId}/tables.csv`,
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      'filter,level,period,areaType,areaCode,areaName,count,rate,suppressed',
    );
    const dictionary = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/insight/releases/${releaseId}/data-dictionary.json`,
    });
    expect(dictionary.json().map((e: { field: string }) => e.field)).toContain('suppressed');
    const latest = await t.app.inject({
      method: 'GET',
      url: '/api/v1/public/insight/national?level=layer',
    });
    expect(latest.statusCode).toBe(200);
    expect(latest.json().release.id).toBe(releaseId);
    expect(latest.json().rows.every((r: { level: string }) => r.level === 'layer')).toBe(true);
  });

  it('cannot be changed or removed, even directly in the database', async () => {
    await expect(
      sql`update national_release set k = 11 where id = ${releaseId}`.execute(t.deps.db),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`delete from national_release where id = ${releaseId}`.execute(t.deps.db),
    ).rejects.toThrow(/immutable/);
  });

  it('takes a correction as a new release naming the one it corrects', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/insight/releases',
      headers: admin.headers,
      payload: { quarter: '2026-Q3', correctsId: releaseId },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().correctsId).toBe(releaseId);
  });
});
