import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../platform/auth/roles';
import { addDays, amsterdamDate } from '../../platform/time';
import { dumpDatabase } from '../../test/dump';
import { buildApiToken, buildPerson, type TestPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import {
  buildIntegrityWorld,
  fileAnonymous,
  type IntegrityWorld,
  multipart,
  pdfBytes,
  validContent,
} from './test-helpers';

let t: TestApp;
let a: IntegrityWorld;
let b: IntegrityWorld;
let allRolesInB: TestPerson;

const S = {
  summary: 'Geheim-onderwerp-A1X',
  description: 'Geheim-verhaal-B2Y over de aanbesteding',
  subject: 'Geheime-betrokkene-C3Z',
  contact: '06-55554444-geheim',
  message: 'Geheim-bericht-D4W',
  file: 'Geheime-bestandsnaam-E5V',
  fileBytes: 'GEHEIME-PDF-INHOUD-F6U',
  note: 'Geheime-notitie-G7T',
  assessment: 'Geheime-beoordeling-H8S',
  outcome: 'Geheime-uitkomst-I9R',
  unmaskReason: 'Geheime-reden-J1Q voor ontsluiting',
  intakeName: 'Geheime-Melder-K2P',
  consent: 'Geheime-toestemming-L3O',
  anonymous: 'Geheim-anoniem-M4N verhaal van een klokkenluider',
};

/** Real ids in organisation A, so role checks are made on records that exist. */
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  a = await buildIntegrityWorld(t);
  b = await buildIntegrityWorld(t);
  allRolesInB = await buildPerson(t.deps.db, b.org.id, [...ROLES]);
  const base = `/api/v1/orgs/${a.org.id}/integrity`;
  const post = (url: string, headers: Record<string, string>, payload: unknown) =>
    t.app.inject({ method: 'POST', url: `${base}${url}`, headers, payload: payload as object });

  const m = multipart(
    {
      report: JSON.stringify({
        ...validContent({ summary: S.summary, description: S.description, subject: S.subject }),
        channel: 'confidential',
        recipientId: a.officer.id,
        contact: S.contact,
      }),
    },
    [{ field: 'attachments', name: `${S.file}.pdf`, data: pdfBytes(S.fileBytes) }],
  );
  const filed = await t.app.inject({
    method: 'POST',
    url: `${base}/reports/with-attachments`,
    headers: { ...a.reporter.headers, ...m.headers },
    payload: m.payload,
  });
  ids.reportId = filed.json().id;
  await post(`/cases/${ids.reportId}/acknowledgement`, a.officer.headers, { message: S.message });
  await post(`/cases/${ids.reportId}/assessment`, a.officer.headers, {
    assessment: S.assessment,
    decision: 'investigate',
    reason: S.assessment,
  });
  await post(`/cases/${ids.reportId}/notes`, a.officer.headers, { note: S.note });
  await post(`/cases/${ids.reportId}/outcome`, a.officer.headers, {
    outcome: 'founded',
    summary: S.outcome,
    measures: S.outcome,
  });
  await post(`/my-reports/${ids.reportId}/messages`, a.reporter.headers, { body: S.message });
  const detail = await t.app.inject({
    method: 'GET',
    url: `${base}/cases/${ids.reportId}`,
    headers: a.officer.headers,
  });
  ids.attachmentId = detail.json().attachments[0].id;
  await t.app.inject({
    method: 'PUT',
    url: `${base}/custodians`,
    headers: a.admin.headers,
    payload: { personIds: [a.admin.id, a.clerk.id] },
  });
  const unmask = await post(`/cases/${ids.reportId}/unmask-requests`, a.counsellor.headers, {
    reason: S.unmaskReason,
  });
  ids.requestId = unmask.json().id;
  const intake = await post('/intakes', a.counsellor.headers, {
    ...validContent(),
    channel: 'confidential',
    reporterName: S.intakeName,
  });
  await post(`/cases/${intake.json().id}/forward`, a.counsellor.headers, {
    consentOn: amsterdamDate(new Date()),
    consentHow: 'written',
    consentNote: S.consent,
  });
  await fileAnonymous(t, a.org.code, { description: S.anonymous });

  await t.app.inject({
    method: 'PUT',
    url: `${base}/office-holders/${a.reporter.id}`,
    headers: a.clerk.headers,
    payload: { office: 'councillor', since: '2022-01-01' },
  });
  const declared = await post('/my-declarations', a.reporter.headers, {
    kind: 'side_position',
    organisationName: 'Stichting Sportpark Noord',
    role: 'Lid',
    paid: true,
    startOn: '2021-01-01',
  });
  ids.declarationId = declared.json().declarations[0].id;
  const meeting = await post('/meetings', a.clerk.headers, {
    title: 'Raad',
    meetsOn: addDays(amsterdamDate(new Date()), 7),
    items: [{ item: '1', title: 'Sportpark Noord' }],
  });
  ids.meetingId = meeting.json().id;
  ids.matchId = meeting.json().agenda[0].matches[0].id;
  ids.personId = a.reporter.id;
  ids.year = String(new Date().getFullYear() - 1);
});
afterAll(async () => t?.close());

/** Every scoped route of the module, with a body that would pass validation. */
const ROUTES: Record<string, () => unknown> = {
  'GET /integrity/recipients': () => undefined,
  'POST /integrity/reports': () => ({ ...validContent(), channel: 'identified' }),
  'POST /integrity/reports/with-attachments': () => undefined,
  'GET /integrity/my-reports': () => undefined,
  'GET /integrity/my-reports/:reportId': () => undefined,
  'POST /integrity/my-reports/:reportId/messages': () => ({ body: 'x' }),
  'POST /integrity/my-reports/:reportId/messages/with-attachments': () => undefined,
  'GET /integrity/my-reports/:reportId/attachments/:attachmentId': () => undefined,
  'GET /integrity/cases': () => undefined,
  'GET /integrity/cases/:reportId': () => undefined,
  'POST /integrity/cases/:reportId/acknowledgement': () => ({}),
  'POST /integrity/cases/:reportId/assessment': () => ({
    assessment: 'a',
    decision: 'investigate',
    reason: 'r',
  }),
  'POST /integrity/cases/:reportId/notes': () => ({ note: 'n' }),
  'POST /integrity/cases/:reportId/outcome': () => ({ outcome: 'unfounded', summary: 's' }),
  'POST /integrity/cases/:reportId/feedback': () => ({ body: 'f' }),
  'POST /integrity/cases/:reportId/close': () => ({}),
  'PUT /integrity/cases/:reportId/handler': () => ({ handlerId: null }),
  'POST /integrity/cases/:reportId/messages': () => ({ body: 'm' }),
  'POST /integrity/cases/:reportId/messages/with-attachments': () => undefined,
  'GET /integrity/cases/:reportId/attachments/:attachmentId': () => undefined,
  'GET /integrity/cases/:reportId/identity': () => undefined,
  'POST /integrity/cases/:reportId/unmask-requests': () => ({ reason: 'een goede reden hier' }),
  'POST /integrity/intakes': () => ({ ...validContent(), channel: 'anonymous' }),
  'POST /integrity/cases/:reportId/forward': () => ({
    consentOn: '2026-01-01',
    consentHow: 'written',
  }),
  'GET /integrity/clock-breaches': () => undefined,
  'GET /integrity/settings': () => undefined,
  'PUT /integrity/settings': () => ({ retentionMonths: 24 }),
  'GET /integrity/unmask-requests': () => undefined,
  'POST /integrity/unmask-requests/:requestId/decision': () => ({ approve: false }),
  'GET /integrity/custody': () => undefined,
  'PUT /integrity/custodians': () => ({ personIds: [] }),
  'POST /integrity/key-shares': () => ({}),
  'GET /integrity/key-shares/mine': () => undefined,
  'POST /integrity/key-shares/mine/collect': () => ({}),
  'POST /integrity/key-recovery/shares': () => ({ share: 'WBS1-x' }),
  'GET /integrity/office-holders': () => undefined,
  'GET /integrity/office-holder-candidates': () => undefined,
  'PUT /integrity/office-holders/:personId': () => ({ office: 'councillor', since: '2022-01-01' }),
  'GET /integrity/declarations': () => undefined,
  'POST /integrity/declarations/:declarationId/review': () => ({ decision: 'validate' }),
  'GET /integrity/register-settings': () => undefined,
  'PUT /integrity/register-settings': () => ({ giftThresholdCents: 5000 }),
  'GET /integrity/my-declarations': () => undefined,
  'POST /integrity/my-declarations': () => ({
    kind: 'gift',
    organisationName: 'Gever',
    valueCents: 9000,
    startOn: '2026-01-01',
  }),
  'POST /integrity/my-declarations/confirmation': () => ({}),
  'POST /integrity/my-declarations/:declarationId/end': () => ({ endOn: '2026-01-01' }),
  'POST /integrity/my-declarations/:declarationId/withdraw': () => ({}),
  'PUT /integrity/my-declarations/:declarationId/income/:year': () => ({ amountCents: 100 }),
  'GET /integrity/meetings': () => undefined,
  'POST /integrity/meetings': () => ({
    title: 'Raad',
    meetsOn: '2030-01-01',
    items: [{ item: '1', title: 'x' }],
  }),
  'GET /integrity/meetings/:meetingId': () => undefined,
  'POST /integrity/meetings/:meetingId/notifications': () => ({}),
  'PUT /integrity/meetings/:meetingId/matches/:matchId': () => ({ status: 'dismissed' }),
  'GET /integrity/my-conflicts': () => undefined,
  'PUT /integrity/my-conflicts/:matchId': () => ({ decision: 'abstain' }),
};

const PREFIX = '/api/v1/orgs/:orgId';
const moduleRoutes = () =>
  t.app.routeTable
    .filter((r) => r.scoped && r.url.startsWith(`${PREFIX}/integrity/`))
    .map((r) => `${r.method} ${r.url.slice(PREFIX.length)}`);

function request(key: string, orgId: string) {
  const [method, path] = key.split(' ') as [string, string];
  const url = `/api/v1/orgs/${orgId}${path.replace(/:([A-Za-z]+)/g, (_, name: string) => ids[name] ?? crypto.randomUUID())}`;
  const payload = ROUTES[key]!();
  return { method: method as 'GET', url, payload: payload as object | undefined };
}

describe('tenant isolation and roles on every integrity route', () => {
  it('lists every scoped route of the module in this table', () => {
    expect(moduleRoutes().sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it('answers 404 on every route to a member of another organisation holding every role', async () => {
    const leaks: string[] = [];
    for (const key of Object.keys(ROUTES)) {
      const r = request(key, a.org.id);
      const res = await t.app.inject({ ...r, headers: allRolesInB.headers });
      if (res.statusCode !== 404) leaks.push(`${key} -> ${res.statusCode}`);
    }
    expect(leaks).toEqual([]);
  });

  it('answers 404 on every route to an API token of any role, even in its own organisation', async () => {
    const leaks: string[] = [];
    for (const role of ROLES) {
      const auth = await buildApiToken(t.deps.db, a.org.id, role);
      for (const key of Object.keys(ROUTES)) {
        const res = await t.app.inject({ ...request(key, a.org.id), headers: auth });
        if (res.statusCode !== 404) leaks.push(`${role}: ${key} -> ${res.statusCode}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('answers 404 on every case route to an incident handler, a councillor, an administrator and the mayor or secretary (executive) of the same organisation', async () => {
    const handler = await buildPerson(t.deps.db, a.org.id, ['handler', 'reporter']);
    const caseRoutes = Object.keys(ROUTES).filter(
      (k) =>
        k.includes('/integrity/cases') ||
        k.includes('/intakes') ||
        k.includes('/clock-breaches') ||
        k.includes('/integrity/settings'),
    );
    expect(caseRoutes.length).toBeGreaterThan(15);
    const leaks: string[] = [];
    for (const [who, person] of [
      ['handler', handler],
      ['councillor', a.reporter],
      ['admin', a.admin],
      ['clerk', a.clerk],
      ['executive', await buildPerson(t.deps.db, a.org.id, ['executive'])],
    ] as const) {
      for (const key of caseRoutes) {
        const res = await t.app.inject({ ...request(key, a.org.id), headers: person.headers });
        if (res.statusCode !== 404) leaks.push(`${who}: ${key} -> ${res.statusCode}`);
      }
    }
    expect(leaks).toEqual([]);
    // The right person does get the case.
    expect(
      (
        await t.app.inject({
          ...request('GET /integrity/cases/:reportId', a.org.id),
          headers: a.officer.headers,
        })
      ).statusCode,
    ).toBe(200);
  });

  it("keeps the clerk's register routes to the clerk", async () => {
    const clerkRoutes = Object.keys(ROUTES).filter((k) =>
      /office-holders|\/declarations|meetings|PUT \/integrity\/register-settings/.test(k),
    );
    const leaks: string[] = [];
    for (const person of [a.officer, a.admin, a.reporter]) {
      for (const key of clerkRoutes) {
        const res = await t.app.inject({ ...request(key, a.org.id), headers: person.headers });
        if (res.statusCode !== 404) leaks.push(`${key} -> ${res.statusCode}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('answers 401 without credentials on every scoped route', async () => {
    for (const key of Object.keys(ROUTES)) {
      const res = await t.app.inject(request(key, a.org.id));
      expect(res.statusCode, key).toBe(401);
    }
  });
});

describe('what a database dump shows', () => {
  it('holds no plaintext of reports, messages, files, notes or identities', async () => {
    const dump = await dumpDatabase(t.deps.db);
    for (const [name, secret] of Object.entries(S)) {
      expect(dump.includes(secret), name).toBe(false);
    }
  });

  it('links no reporter to a report: no person id of a reporter in any integrity table or audit event', async () => {
    const tables = [
      'integrity_report',
      'integrity_reporter_identity',
      'integrity_message',
      'integrity_attachment',
      'integrity_case_event',
      'integrity_receipt_session',
    ] as const;
    for (const table of tables) {
      const rows = await t.deps.db.selectFrom(table).selectAll().execute();
      expect(JSON.stringify(rows).includes(a.reporter.id), table).toBe(false);
    }
    const reporterEvents = await t.deps.db
      .selectFrom('audit_event')
      .selectAll()
      .where('actor_id', '=', a.reporter.id)
      .where('object_type', 'in', ['integrity_report', 'integrity_attachment'])
      .execute();
    expect(reporterEvents).toEqual([]);
  });
});

describe('audit trail of cases', () => {
  it('records every read and write of a case by a handler, with the handler and no content', async () => {
    await t.app.inject({
      ...request('GET /integrity/cases/:reportId/attachments/:attachmentId', a.org.id),
      headers: a.officer.headers,
    });
    await t.app.inject({
      ...request('GET /integrity/cases/:reportId/identity', a.org.id),
      headers: a.officer.headers,
    });
    const events = await t.deps.db
      .selectFrom('audit_event')
      .selectAll()
      .where('organisation_id', '=', a.org.id)
      .where('object_id', 'in', [ids.reportId!, ids.attachmentId!])
      .orderBy('id')
      .execute();
    const byOfficer = events.filter((e) => e.actor_id === a.officer.id).map((e) => e.action);
    expect(byOfficer).toEqual(
      expect.arrayContaining([
        'integrity.case.acknowledge',
        'integrity.case.decided_investigate',
        'integrity.case.note',
        'integrity.case.concluded_founded',
        'integrity.case.read',
        'integrity.attachment.read',
        'integrity.identity.read',
      ]),
    );
    for (const e of events) {
      expect(e.origin ?? '').not.toMatch(/\d+\.\d+\.\d+\.\d+/);
      expect(JSON.stringify(e)).not.toContain('Geheim');
    }
  });
});
