import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { contactMedians } from './contact-median.repository';
import type { DashboardFilter, DashboardUnit } from './dashboard.repository';
import { insertStatisticsFixture } from './test-helpers';

/*
 * The dashboard's median time to first contact is found through a histogram of the hours
 * (ADR 0051), not by sorting. It must be exactly what percentile_cont(0.5) gives over the
 * same reports — per period and for the whole selection, with and without a kind filter,
 * with ties, values on bucket edges and long waits — and stay so after reports change.
 */

let t: TestApp;
let org: string;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['threat', 'stalking', 'doxing'];
/** Waits that sit on and around the bucket edges (hours), and some far beyond them. */
const EDGES = [0, 0.5, 47.99, 48, 52, 239.9, 240, 2159, 2160, 4000];

async function insertReports(seed: number, count: number) {
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 27);
    const createdAt = new Date(Date.UTC(2026, month - 1, day, 8, 0, 0));
    const r = next();
    const hours =
      r < 0.15
        ? null
        : r < 0.35
          ? EDGES[Math.floor(next() * EDGES.length)]!
          : r < 0.5
            ? 3 // ties
            : next() * 300;
    await insertStatisticsFixture(t.deps.db, org, {
      occurredOn: createdAt.toISOString().slice(0, 10),
      channel: 'email',
      location: 'online',
      target: 'self',
      reporterGroup: 'civil_servant',
      kinds: next() < 0.3 ? [KINDS[0]!, KINDS[1]!] : [KINDS[Math.floor(next() * 3)]!],
      createdAt: createdAt.toISOString(),
      firstContactAt:
        hours === null ? null : new Date(createdAt.getTime() + hours * 3_600_000).toISOString(),
      dueOn: '2026-12-31',
      status: 'closed',
    });
  }
}

/** percentile_cont(0.5) straight over the reports, per period and in total. */
async function expected(f: DashboardFilter): Promise<Map<string | null, number>> {
  const kind = f.kind ? sql`and kinds @> array[${f.kind}]::text[]` : sql``;
  const { rows } = await sql<{ period: string | null; m: number }>`
    select to_char(date_trunc(${f.unit}, occurred_on::timestamp), 'YYYY-MM-DD') as period,
      percentile_cont(0.5) within group (
        order by extract(epoch from first_contact_at - created_at) / 3600.0) as m
    from incident
    where organisation_id = ${f.organisationId} and first_contact_at is not null
      and occurred_on >= ${f.from}::date and occurred_on < ${f.until}::date ${kind}
    group by grouping sets ((1), ())`.execute(t.deps.db);
  return new Map(rows.filter((r) => r.m !== null).map((r) => [r.period, Number(r.m)]));
}

function filter(unit: DashboardUnit, kind: string | null, from = '2026-01-01'): DashboardFilter {
  return {
    organisationId: org,
    unit,
    from,
    until: '2027-01-01',
    kind: kind as DashboardFilter['kind'],
    today: '2026-12-06',
  };
}

async function expectExact(f: DashboardFilter) {
  const got = await contactMedians(t.deps.db, f);
  const want = await expected(f);
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  for (const [period, value] of want) expect(got.get(period)).toBeCloseTo(value, 9);
}

beforeAll(async () => {
  t = await buildTestApp();
  org = (await buildOrganisation(t.deps.db)).id;
  await insertReports(7, 400);
}, 120_000);
afterAll(async () => t?.close());

describe('the median time to first contact', () => {
  it('equals percentile_cont per period and in total, for every granularity and kind', async () => {
    for (const unit of ['month', 'quarter', 'year'] as const) {
      for (const kind of [null, ...KINDS]) await expectExact(filter(unit, kind));
    }
    await expectExact(filter('month', null, '2026-07-01'));
  });

  it('stays exact after first contacts are recorded, undone and reports deleted', async () => {
    const ids = await t.deps.db
      .selectFrom('incident')
      .select('id')
      .where('organisation_id', '=', org)
      .orderBy('id')
      .execute();
    const some = ids.slice(0, 60).map((r) => r.id);
    await sql`update incident set first_contact_at = created_at + interval '90 minutes'
      where id in (${sql.join(some.slice(0, 30))})`.execute(t.deps.db);
    await sql`update incident set first_contact_at = null, kinds = array['doxing']
      where id in (${sql.join(some.slice(30, 45))})`.execute(t.deps.db);
    await sql`delete from incident where id in (${sql.join(some.slice(45))})`.execute(t.deps.db);
    for (const kind of [null, ...KINDS]) await expectExact(filter('quarter', kind));
  });

  it('has no median for a period without contacted reports', async () => {
    const got = await contactMedians(t.deps.db, {
      ...filter('month', null),
      from: '2025-01-01',
      until: '2025-07-01',
    });
    expect(got.size).toBe(0);
  });
});
