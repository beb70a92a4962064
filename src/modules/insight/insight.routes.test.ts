import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../platform/files/csv';
import { fixedClock } from '../../platform/time/clock';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import {
  type StatisticsFixture as Fixture,
  insertStatisticsFixture as insert,
} from '../incidents/test-helpers';
import { formatCell } from './insight.presenter';
import type { Dashboard } from './insight.schemas';

/*
 * Hand-computed fixtures. "Today" is 2026-06-15 (Amsterdam). Organisation A has a
 * first-contact deadline of 3 working days and these reports:
 *
 *  #  happened    channel       place         who                 kinds                   first contact          status
 *  1  2026-01-10  phone         work_location office holder       threat                  after 2 h, in time     closed
 *  2  2026-01-20  email         online        employee            threat, online_hate     after 120 h, late      aftercare
 *  3  2026-02-05  in_person     public        relative (of o.h.)  physical_violence       none, due 02-09        received
 *  4  2026-04-01  social_media  online        other               online_hate             after 10 h, in time    in_treatment
 *  5  2025-12-31  email         online        employee            threat                  -                      closed (outside the period)
 *
 * #1 has a done police report and two done aftercare check-ins; #2 a planned police report
 * and one done and one planned check-in (due 2026-01-01, so overdue). Organisation B has one
 * report in January, which must never count for A.
 *
 * Integrity reports of A: received 01-05 (acknowledged and fed back in time), 02-10
 * (acknowledged late, feedback due 05-20 and overdue), 04-20 (acknowledgement overdue,
 * feedback not yet due).
 */

let t: TestApp;
let orgA: string;
let orgB: string;
let handler: TestPerson;
let executive: TestPerson;
let integrityOfficer: TestPerson;
let reporter: TestPerson;
let otherAdmin: TestPerson;

const insertIncident = (organisationId: string, f: Fixture) => insert(t.deps.db, organisationId, f);

const base = {
  target: 'self' as const,
  firstContactAt: null,
  status: 'received',
};

async function insertClockReport(
  organisationId: string,
  receivedAt: string,
  ackDue: string,
  ackAt: string | null,
  feedbackDue: string,
  feedbackAt: string | null,
) {
  await t.deps.db
    .insertInto('integrity_report')
    .values({
      organisation_id: organisationId,
      channel: 'identified',
      intake: 'web',
      status: 'received',
      category: 'other',
      subject_type: 'unknown',
      summary_enc: 'x',
      description_enc: 'x',
      received_at: new Date(receivedAt),
      acknowledgement_due_on: ackDue,
      acknowledged_at: ackAt ? new Date(ackAt) : null,
      feedback_due_on: feedbackDue,
      feedback_at: feedbackAt ? new Date(feedbackAt) : null,
    } as never)
    .execute();
}

beforeAll(async () => {
  t = await buildTestApp();
  t.deps.clock = fixedClock('2026-06-15T10:00:00Z');
  const a = await buildOrganisation(t.deps.db);
  const b = await buildOrganisation(t.deps.db);
  orgA = a.id;
  orgB = b.id;
  handler = await buildPerson(t.deps.db, orgA, ['handler']);
  executive = await buildPerson(t.deps.db, orgA, ['executive']);
  integrityOfficer = await buildPerson(t.deps.db, orgA, ['integrity_officer']);
  reporter = await buildPerson(t.deps.db, orgA, ['reporter']);
  otherAdmin = await buildPerson(t.deps.db, orgB, ['org_admin', 'handler', 'executive']);
  await t.deps.db
    .insertInto('incident_settings')
    .values({
      organisation_id: orgA,
      first_contact_working_days: 3,
      aftercare_schedule: JSON.stringify([]) as never,
      retention_months: 24,
      retention_action: 'anonymise',
      organisation_address: null,
    })
    .execute();
  const i1 = await insertIncident(orgA, {
    ...base,
    occurredOn: '2026-01-10',
    channel: 'phone',
    location: 'work_location',
    reporterGroup: 'office_holder',
    kinds: ['threat'],
    createdAt: '2026-01-10T09:00:00Z',
    firstContactAt: '2026-01-10T11:00:00Z',
    dueOn: '2026-01-13',
    status: 'closed',
  });
  const i2 = await insertIncident(orgA, {
    ...base,
    occurredOn: '2026-01-20',
    channel: 'email',
    location: 'online',
    reporterGroup: 'civil_servant',
    kinds: ['threat', 'online_hate'],
    createdAt: '2026-01-20T08:00:00Z',
    firstContactAt: '2026-01-25T08:00:00Z',
    dueOn: '2026-01-22',
    status: 'aftercare',
  });
  await insertIncident(orgA, {
    ...base,
    occurredOn: '2026-02-05',
    channel: 'in_person',
    location: 'public',
    target: 'relative',
    reporterGroup: 'office_holder',
    kinds: ['physical_violence'],
    createdAt: '2026-02-05T12:00:00Z',
    dueOn: '2026-02-09',
  });
  await insertIncident(orgA, {
    ...base,
    occurredOn: '2026-04-01',
    channel: 'social_media',
    location: 'online',
    reporterGroup: 'other',
    kinds: ['online_hate'],
    createdAt: '2026-04-01T10:00:00Z',
    firstContactAt: '2026-04-01T20:00:00Z',
    dueOn: '2026-04-03',
    status: 'in_treatment',
  });
  await insertIncident(orgA, {
    ...base,
    occurredOn: '2025-12-31',
    channel: 'email',
    location: 'online',
    reporterGroup: 'civil_servant',
    kinds: ['threat'],
    createdAt: '2025-12-31T10:00:00Z',
    dueOn: '2026-01-05',
    status: 'closed',
  });
  await insertIncident(orgB, {
    ...base,
    occurredOn: '2026-01-15',
    channel: 'phone',
    location: 'public',
    reporterGroup: 'office_holder',
    kinds: ['threat'],
    createdAt: '2026-01-15T10:00:00Z',
    dueOn: '2026-01-18',
  });
  const measure = (incident_id: string, status: 'done' | 'planned') => ({
    organisation_id: orgA,
    incident_id,
    type: 'police_report' as const,
    status,
  });
  await t.deps.db
    .insertInto('incident_measure')
    .values([measure(i1, 'done'), measure(i2, 'planned')])
    .execute();
  const task = (incident_id: string, status: 'done' | 'planned', due_on: string) => ({
    organisation_id: orgA,
    incident_id,
    label: 'Nazorg',
    due_on,
    status,
  });
  await t.deps.db
    .insertInto('incident_aftercare_task')
    .values([
      task(i1, 'done', '2026-01-15'),
      task(i1, 'done', '2026-02-15'),
      task(i2, 'done', '2025-12-20'),
      task(i2, 'planned', '2026-01-01'),
    ])
    .execute();
  await insertClockReport(
    orgA,
    '2026-01-05T10:00:00Z',
    '2026-01-12',
    '2026-01-08T10:00:00Z',
    '2026-04-08',
    '2026-04-01T10:00:00Z',
  );
  await insertClockReport(
    orgA,
    '2026-02-10T10:00:00Z',
    '2026-02-17',
    '2026-02-20T10:00:00Z',
    '2026-05-20',
    null,
  );
  await insertClockReport(orgA, '2026-04-20T10:00:00Z', '2026-04-27', null, '2026-07-27', null);
});
afterAll(async () => t?.close());

const url = (orgId: string, query: string, csv = false) =>
  `/api/v1/orgs/${orgId}/insight/dashboard${csv ? '.csv' : ''}?${query}`;

async function dashboard(query: string, who: TestPerson = handler): Promise<Dashboard> {
  const res = await t.app.inject({ method: 'GET', url: url(orgA, query), headers: who.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const rowOf = (d: Dashboard, table: string, key: string) =>
  d.tables.find((x) => x.id === table)!.rows.find((r) => r.key === key)!.values;

describe('organisation dashboard figures (hand-computed)', () => {
  it('counts reports per month by kind, channel, target and place, within the period only', async () => {
    const d = await dashboard('granularity=month&from=2026-01&to=2026-04');
    expect(d.periods).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(rowOf(d, 'over-time', 'incidents')).toEqual([2, 1, 0, 1, 4]);
    expect(rowOf(d, 'kind', 'threat')).toEqual([2, 0, 0, 0, 2]);
    expect(rowOf(d, 'kind', 'online_hate')).toEqual([1, 0, 0, 1, 2]);
    expect(rowOf(d, 'kind', 'physical_violence')).toEqual([0, 1, 0, 0, 1]);
    expect(rowOf(d, 'kind', 'stalking')).toEqual([0, 0, 0, 0, 0]);
    expect(rowOf(d, 'channel', 'phone')).toEqual([1, 0, 0, 0, 1]);
    expect(rowOf(d, 'channel', 'social_media')).toEqual([0, 0, 0, 1, 1]);
    expect(rowOf(d, 'target', 'office_holder')).toEqual([1, 0, 0, 0, 1]);
    expect(rowOf(d, 'target', 'employee')).toEqual([1, 0, 0, 0, 1]);
    expect(rowOf(d, 'target', 'relative')).toEqual([0, 1, 0, 0, 1]);
    expect(rowOf(d, 'target', 'other')).toEqual([0, 0, 0, 1, 1]);
    expect(rowOf(d, 'location', 'online')).toEqual([1, 0, 0, 1, 2]);
    expect(rowOf(d, 'location', 'public')).toEqual([0, 1, 0, 0, 1]);
  });

  it('computes handling: median time to contact, in time, police report, aftercare, open, overdue', async () => {
    const d = await dashboard('granularity=month&from=2026-01&to=2026-04');
    expect(d.firstContactWorkingDays).toBe(3);
    // Contacted after 2, 120 and 10 hours: median 10; January alone: (2 + 120) / 2 = 61.
    expect(rowOf(d, 'handling', 'median_hours')).toEqual([61, null, null, 10, 10]);
    expect(rowOf(d, 'handling', 'contacted')).toEqual([2, 0, 0, 1, 3]);
    // #1 and #4 in time, #2 late: 2 of 3.
    expect(rowOf(d, 'handling', 'contact_in_time')).toEqual([0.5, null, null, 1, 2 / 3]);
    // Only #1 has a police report that was filed: 1 of 4.
    expect(rowOf(d, 'handling', 'police_report')).toEqual([0.5, 0, null, 0, 0.25]);
    // #1 and #2 have aftercare, #1 completed it.
    expect(rowOf(d, 'handling', 'aftercare_completed')).toEqual([0.5, null, null, null, 0.5]);
    expect(rowOf(d, 'handling', 'open')).toEqual([1, 1, 0, 1, 3]);
    // #2: check-in overdue; #3: no contact after its deadline.
    expect(rowOf(d, 'handling', 'overdue')).toEqual([1, 1, 0, 0, 2]);
    expect(d.summary).toMatchObject({
      incidents: 4,
      medianHoursToFirstContact: 10,
      sharePoliceReport: 0.25,
      shareAftercareCompleted: 0.5,
      open: 3,
      overdue: 2,
      integrityReceived: 3,
      integrityClocksBreached: 3,
    });
    expect(d.summary.shareFirstContactInTime).toBeCloseTo(2 / 3, 10);
  });

  it('counts the integrity channel’s legal clocks met and breached', async () => {
    const d = await dashboard('granularity=month&from=2026-01&to=2026-04');
    expect(rowOf(d, 'integrity', 'received')).toEqual([1, 1, 0, 1, 3]);
    expect(rowOf(d, 'integrity', 'ack_in_time')).toEqual([1, 0, 0, 0, 1]);
    expect(rowOf(d, 'integrity', 'ack_late')).toEqual([0, 1, 0, 0, 1]);
    expect(rowOf(d, 'integrity', 'ack_overdue')).toEqual([0, 0, 0, 1, 1]);
    expect(rowOf(d, 'integrity', 'feedback_in_time')).toEqual([1, 0, 0, 0, 1]);
    expect(rowOf(d, 'integrity', 'feedback_overdue')).toEqual([0, 1, 0, 0, 1]);
  });

  it('filters by kind and groups by quarter and year', async () => {
    const threat = await dashboard('granularity=month&from=2026-01&to=2026-04&kind=threat');
    expect(rowOf(threat, 'over-time', 'incidents')).toEqual([2, 0, 0, 0, 2]);
    expect(rowOf(threat, 'channel', 'email')).toEqual([1, 0, 0, 0, 1]);
    const quarters = await dashboard('granularity=quarter&from=2026-02&to=2026-05');
    expect(quarters.periods).toEqual(['2026-K1', '2026-K2']);
    expect([quarters.from, quarters.to]).toEqual(['2026-01', '2026-06']);
    expect(rowOf(quarters, 'over-time', 'incidents')).toEqual([3, 1, 4]);
    const years = await dashboard('granularity=year&from=2025-01&to=2026-12');
    expect(rowOf(years, 'over-time', 'incidents')).toEqual([1, 4, 5]);
  });

  it('draws every chart as accessible SVG with the numbers of its table', async () => {
    const d = await dashboard('granularity=month&from=2026-01&to=2026-04');
    for (const table of d.tables) {
      expect(table.chart.svg).toMatch(/role="img"/);
      expect(table.chart.svg).toContain(`<title id="chart-${table.id}-title">`);
    }
    const kind = d.tables.find((x) => x.id === 'kind')!;
    expect(kind.chart.svg).toContain('Bedreiging: 2');
  });

  it('refuses bad input and names the field', async () => {
    for (const [query, field] of [
      ['granularity=week', 'querystring.granularity'],
      ['from=2026-13', 'querystring.from'],
      ['from=2026-05&to=2026-01', 'querystring.from'],
      ['from=2000-01&to=2026-01', 'querystring.from'],
      ['kind=nonsense', 'querystring.kind'],
      ['extra=1', 'querystring'],
    ] as const) {
      const res = await t.app.inject({
        method: 'GET',
        url: url(orgA, query),
        headers: handler.headers,
      });
      expect(res.statusCode, query).toBe(400);
      expect(JSON.stringify(res.json()), query).toContain(field);
    }
  });
});

describe('CSV download', () => {
  it('holds exactly the numbers of the tables', async () => {
    const query = 'granularity=month&from=2026-01&to=2026-04';
    const d = await dashboard(query);
    const res = await t.app.inject({
      method: 'GET',
      url: url(orgA, query, true),
      headers: handler.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment');
    const records = readCsvRecords(res.body.replace(/^\uFEFF/, ''), ';').map((r) => r.fields);
    expect(records[0]).toEqual(['Tabel', 'Onderwerp', ...d.periods, 'Totaal']);
    const expected = d.tables.flatMap((tb) =>
      tb.rows.map((r) => [tb.title, r.label, ...r.values.map((v) => formatCell(v, r.unit))]),
    );
    expect(records.slice(1)).toEqual(expected);
  });

  it('gives one table when asked', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: url(orgA, 'from=2026-01&to=2026-04&table=kind', true),
      headers: handler.headers,
    });
    const records = readCsvRecords(res.body.replace(/^\uFEFF/, ''), ';').map((r) => r.fields);
    expect(records.slice(1).every((r) => r[0] === 'Meldingen naar soort')).toBe(true);
    expect(records.find((r) => r[1] === 'Bedreiging')?.at(-1)).toBe('2');
  });
});

describe('who may see the dashboard', () => {
  it('the executive, integrity officer and org admin see the same aggregates', async () => {
    const admin = await buildPerson(t.deps.db, orgA, ['org_admin']);
    const expected = await dashboard('from=2026-01&to=2026-04');
    for (const who of [executive, integrityOfficer, admin]) {
      const d = await dashboard('from=2026-01&to=2026-04', who);
      expect(d.tables).toEqual(expected.tables);
    }
  });

  it.each(['', '.csv'])('dashboard%s: another organisation’s admin gets 404', async (ext) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${orgA}/insight/dashboard${ext}`,
      headers: otherAdmin.headers,
    });
    expect(res.statusCode).toBe(404);
  });

  it.each(['', '.csv'])(
    'dashboard%s: a reporter gets 404, an anonymous visitor 401',
    async (ext) => {
      const path = `/api/v1/orgs/${orgA}/insight/dashboard${ext}`;
      const asReporter = await t.app.inject({
        method: 'GET',
        url: path,
        headers: reporter.headers,
      });
      expect(asReporter.statusCode).toBe(404);
      const anonymous = await t.app.inject({ method: 'GET', url: path });
      expect(anonymous.statusCode).toBe(401);
    },
  );

  it('their own dashboard holds only their own report', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: url(orgB, 'from=2026-01&to=2026-04'),
      headers: otherAdmin.headers,
    });
    expect(rowOf(res.json(), 'over-time', 'incidents')).toEqual([1, 0, 0, 0, 1]);
  });

  it('records the view in the audit trail', async () => {
    const rows = await t.deps.db
      .selectFrom('audit_event')
      .select(['action'])
      .where('organisation_id', '=', orgA)
      .where('action', '=', 'insight.dashboard.view')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
  });
});
