import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import {
  type StatisticsFixture as Fixture,
  insertStatisticsFixture as insertIncident,
} from '../incidents/test-helpers';
import { loadMonitorDemo } from '../monitor';
import type { UnderRegistration } from './insight.schemas';
import { MIN_NATIONAL_REPORTS } from './use-cases/under-registration';

/*
 * Organisation A (a municipality) registered in 2024: three reports by office holders about
 * themselves, one by an office holder about a relative (not counted: the survey asks about
 * one's own experience), one by an employee for a colleague, and one office holder's report
 * of 2023 (another year). So 3 office holders' and 1 employee's report count for 2024.
 */

let t: TestApp;
let orgA: string;
let ministry: string;
let handler: TestPerson;
let admin: TestPerson;
let executive: TestPerson;
let analyst: TestPerson;
let otherAdmin: TestPerson;

const report = (
  occurredOn: string,
  reporterGroup: Fixture['reporterGroup'],
  target: Fixture['target'] = 'self',
): Fixture => ({
  occurredOn,
  channel: 'phone',
  location: 'public',
  target,
  reporterGroup,
  kinds: ['threat'],
  createdAt: `${occurredOn}T10:00:00Z`,
  firstContactAt: null,
  dueOn: occurredOn,
  status: 'closed',
});

beforeAll(async () => {
  t = await buildTestApp();
  const a = await buildOrganisation(t.deps.db, { type: 'gemeente' });
  const b = await buildOrganisation(t.deps.db, { type: 'gemeente' });
  const rk = await buildOrganisation(t.deps.db, { type: 'rijk' });
  orgA = a.id;
  ministry = rk.id;
  handler = await buildPerson(t.deps.db, orgA, ['handler']);
  admin = await buildPerson(t.deps.db, orgA, ['org_admin']);
  executive = await buildPerson(t.deps.db, orgA, ['executive']);
  analyst = await buildPerson(t.deps.db, ministry, ['national_analyst']);
  otherAdmin = await buildPerson(t.deps.db, b.id, ['org_admin', 'handler']);
  for (const f of [
    report('2024-02-01', 'office_holder'),
    report('2024-05-01', 'office_holder'),
    report('2024-11-30', 'office_holder'),
    report('2024-06-01', 'office_holder', 'relative'),
    report('2024-07-01', 'civil_servant', 'colleague'),
    report('2023-12-31', 'office_holder'),
  ]) {
    await insertIncident(t.deps.db, orgA, f);
  }
}, 180_000);
afterAll(async () => t?.close());

const get = async (who: TestPerson, path: string, orgId = orgA) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/orgs/${orgId}/insight/${path}`,
    headers: who.headers,
  });

describe('under-registration estimate', () => {
  it('says plainly that there is no published Monitor wave yet', async () => {
    const res = await get(handler, 'under-registration');
    expect(res.statusCode).toBe(200);
    const body: UnderRegistration = res.json();
    expect(body.year).toBeNull();
    expect(body.populations.map((p) => p.missing)).toEqual(['no_wave', 'no_wave']);
  });

  it('compares the register with the published wave of the same year for the municipal layer', async () => {
    await loadMonitorDemo(t.deps, ministry);
    const before: UnderRegistration = (await get(handler, 'under-registration?year=2024')).json();
    expect(before.populations[0]).toMatchObject({
      registered: 3,
      missing: 'no_headcount',
      estimate: null,
    });

    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${orgA}/insight/headcount`,
      headers: admin.headers,
      payload: { officeHolders: 40, employees: 500 },
    });
    expect(put.statusCode, put.body).toBe(200);

    const body: UnderRegistration = (await get(executive, 'under-registration?year=2024')).json();
    expect(body.year).toBe(2024);
    const [holders, employees] = body.populations;
    expect(holders).toMatchObject({ registered: 3, headcount: 40, missing: null });
    expect(holders!.survey).toMatchObject({ year: 2024, layer: 'municipality', synthetic: true });
    const { p, ciLow, ciHigh } = holders!.survey!;
    expect(ciLow).toBeLessThan(p);
    const e = holders!.estimate!;
    expect(e.registeredPer100).toBeCloseTo(7.5, 10); // 3 per 40
    expect(e.unregisteredShare).toBeCloseTo(1 - 3 / (p * 40), 10);
    expect(e.unregisteredLow).toBeCloseTo(1 - 3 / (ciLow * 40), 10);
    expect(e.unregisteredHigh).toBeCloseTo(1 - 3 / (ciHigh * 40), 10);
    // The demo leaves the employees' 2024 wave unpublished.
    expect(employees).toMatchObject({ registered: 1, missing: 'no_wave', estimate: null });
    const older: UnderRegistration = (await get(handler, 'under-registration?year=2022')).json();
    expect(older.populations[1]).toMatchObject({ registered: 0, missing: null });
    expect(body.publishedYears[0]).toBe(2024);
  }, 180_000);

  it('nationally: all organisations against the frame, nothing below the minimum count', async () => {
    const few: UnderRegistration = (
      await get(analyst, 'under-registration/national?year=2024', ministry)
    ).json();
    expect(few.populations[0]).toMatchObject({ registered: null, missing: 'too_few_reports' });
    for (let i = 0; i < MIN_NATIONAL_REPORTS; i++) {
      await insertIncident(t.deps.db, ministry, report('2024-03-01', 'office_holder'));
    }
    const res = await get(analyst, 'under-registration/national?year=2024', ministry);
    const body: UnderRegistration = res.json();
    const holders = body.populations[0]!;
    expect(holders.registered).toBe(3 + MIN_NATIONAL_REPORTS);
    expect(holders.survey!.layer).toBeNull();
    expect(holders.headcount).toBeGreaterThan(1000); // the frame's population
    expect(holders.estimate!.unregisteredShare).toBeCloseTo(
      1 - 13 / (holders.survey!.p * holders.headcount!),
      10,
    );
  });

  it('refuses a bad headcount, naming the field, and keeps the old one', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${orgA}/insight/headcount`,
      headers: admin.headers,
      payload: { officeHolders: -1, employees: 500 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('body.officeHolders');
    const body: UnderRegistration = (await get(handler, 'under-registration?year=2024')).json();
    expect(body.headcount).toEqual({ officeHolders: 40, employees: 500 });
  });

  it('keeps each part to its people', async () => {
    const put = (who: TestPerson, orgId = orgA) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/orgs/${orgId}/insight/headcount`,
        headers: who.headers,
        payload: { officeHolders: 1, employees: 1 },
      });
    expect((await put(handler)).statusCode).toBe(404);
    expect((await put(executive)).statusCode).toBe(404);
    expect((await put(otherAdmin)).statusCode).toBe(404);
    expect((await get(otherAdmin, 'under-registration')).statusCode).toBe(404);
    expect((await get(handler, 'under-registration/national')).statusCode).toBe(404);
    expect((await get(admin, 'under-registration/national')).statusCode).toBe(404);
    const anonymous = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${orgA}/insight/under-registration`,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
