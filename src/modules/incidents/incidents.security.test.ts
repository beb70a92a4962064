import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../platform/audit/audit-log';
import { dumpDatabase } from '../../test/dump';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { emlBytes, PNG_BYTES } from './test-fixtures';
import { multipart, validReport } from './test-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const SECRET_NARRATIVE = 'Geheim-verhaal-8F3A: hij stond met een mes bij de voordeur';
const SECRET_NAME = 'Geheime-Naam-Q7Z Jansen';
const SECRET_PHONE = '06-99887766-secret';
const SECRET_PIXELS = 'SECRET-PIXELS';
const SECRET_EML = 'Geheim-mailonderwerp-K2W';
const SECRET_MESSAGE = 'Geheim-bericht-M4N';
const SECRET_NOTE = 'Geheime-notitie-R5T';

interface World {
  orgA: string;
  orgB: string;
  author: TestPerson;
  otherReporter: TestPerson;
  handlerA: TestPerson;
  handlerB: TestPerson;
  adminB: TestPerson;
  incidentId: string;
  attachmentId: string;
  measureId: string;
  taskId: string;
}
let w: World;

beforeAll(async () => {
  const a = await buildOrganisation(t.deps.db);
  const b = await buildOrganisation(t.deps.db);
  const author = await buildPerson(t.deps.db, a.id, ['reporter']);
  const otherReporter = await buildPerson(t.deps.db, a.id, ['reporter']);
  const handlerA = await buildPerson(t.deps.db, a.id, ['handler']);
  const handlerB = await buildPerson(t.deps.db, b.id, ['handler', 'reporter', 'org_admin']);
  const m = multipart(
    {
      report: JSON.stringify(
        validReport({
          narrative: SECRET_NARRATIVE,
          target: 'colleague',
          victimName: SECRET_NAME,
          contactPhone: SECRET_PHONE,
          perpetratorDescription: SECRET_NAME,
          witnesses: true,
          witnessDetails: SECRET_NAME,
        }),
      ),
    },
    [
      { field: 'attachments', name: `${SECRET_NAME}.png`, data: PNG_BYTES },
      { field: 'attachments', name: 'mail.eml', data: emlBytes(SECRET_EML, SECRET_EML) },
    ],
  );
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/orgs/${a.id}/incidents/with-attachments`,
    headers: { ...author.headers, ...m.headers },
    payload: m.payload,
  });
  const incident = res.json();
  const base = `/api/v1/orgs/${a.id}/incidents/${incident.id}`;
  await t.app.inject({
    method: 'POST',
    url: `${base}/messages`,
    headers: handlerA.headers,
    payload: { body: SECRET_MESSAGE },
  });
  const withMeasure = await t.app.inject({
    method: 'POST',
    url: `${base}/measures`,
    headers: handlerA.headers,
    payload: { type: 'home_security', note: SECRET_NOTE },
  });
  const withPlan = await t.app.inject({
    method: 'POST',
    url: `${base}/aftercare/plan`,
    headers: handlerA.headers,
    payload: {},
  });
  await t.app.inject({
    method: 'PUT',
    url: `${base}/triage`,
    headers: handlerA.headers,
    payload: {
      priority: 'high',
      risks: { repeat: true, weapon: true, homeAddressKnown: true, threatToRelatives: false },
      note: SECRET_NOTE,
    },
  });
  w = {
    orgA: a.id,
    orgB: b.id,
    author,
    otherReporter,
    handlerA,
    handlerB,
    adminB: handlerB,
    incidentId: incident.id,
    attachmentId: incident.attachments[0].id,
    measureId: withMeasure.json().measures[0].id,
    taskId: withPlan.json().aftercare[0].id,
  };
});

/** Every route of this module, with a request that would succeed for the right person. */
const ROUTES: Record<
  string,
  { payload?: () => unknown; multipart?: boolean; reachesReport: boolean }
> = {
  'POST /incidents': { payload: () => validReport(), reachesReport: false },
  'POST /incidents/with-attachments': { multipart: true, reachesReport: false },
  'POST /incidents/email-preview': { multipart: true, reachesReport: false },
  'GET /my-incidents': { reachesReport: false },
  'GET /my-incidents/:incidentId': { reachesReport: true },
  'POST /my-incidents/:incidentId/messages': {
    payload: () => ({ body: 'extra' }),
    reachesReport: true,
  },
  'GET /my-incidents/:incidentId/attachments/:attachmentId': { reachesReport: true },
  'GET /my-incidents/:incidentId/police-report.pdf': { reachesReport: true },
  'GET /my-incidents/:incidentId/evidence.zip': { reachesReport: true },
  'GET /incident-settings': { reachesReport: false },
  'PUT /incident-settings': {
    payload: () => ({
      firstContactWorkingDays: 2,
      aftercareSchedule: [{ unit: 'days', amount: 7 }],
      retentionMonths: 24,
      retentionAction: 'anonymise',
      intakeMailbox: null,
      organisationAddress: null,
    }),
    reachesReport: false,
  },
  'GET /incidents': { reachesReport: false },
  'GET /incidents/export.csv': { reachesReport: false },
  'GET /incidents/export.xlsx': { reachesReport: false },
  'GET /incident-handlers': { reachesReport: false },
  'GET /incidents/:incidentId': { reachesReport: true },
  'POST /incidents/:incidentId/transitions': {
    payload: () => ({ to: 'in_treatment' }),
    reachesReport: true,
  },
  'PUT /incidents/:incidentId/triage': {
    payload: () => ({
      priority: 'low',
      risks: { repeat: false, weapon: false, homeAddressKnown: false, threatToRelatives: false },
    }),
    reachesReport: true,
  },
  'PUT /incidents/:incidentId/handler': {
    payload: () => ({ handlerId: null }),
    reachesReport: true,
  },
  'POST /incidents/:incidentId/first-contact': { payload: () => ({}), reachesReport: true },
  'POST /incidents/:incidentId/messages': {
    payload: () => ({ body: 'vraag' }),
    reachesReport: true,
  },
  'POST /incidents/:incidentId/measures': {
    payload: () => ({ type: 'warning_letter' }),
    reachesReport: true,
  },
  'PATCH /incidents/:incidentId/measures/:measureId': {
    payload: () => ({ status: 'cancelled' }),
    reachesReport: true,
  },
  'POST /incidents/:incidentId/aftercare/plan': { payload: () => ({}), reachesReport: true },
  'POST /incidents/:incidentId/aftercare': {
    payload: () => ({ label: 'Bellen', dueOn: '2026-12-01' }),
    reachesReport: true,
  },
  'PATCH /incidents/:incidentId/aftercare/:taskId': {
    payload: () => ({ dueOn: '2026-12-02' }),
    reachesReport: true,
  },
  'GET /incidents/:incidentId/attachments/:attachmentId': { reachesReport: true },
  'GET /incidents/:incidentId/police-report.pdf': { reachesReport: true },
  'GET /incidents/:incidentId/evidence.zip': { reachesReport: true },
};

const PREFIX = '/api/v1/orgs/:orgId';
const moduleRoutes = () =>
  t.app.routeTable
    .filter(
      (r) => r.scoped && /^\/api\/v1\/orgs\/:orgId\/(incidents|my-incidents|incident-)/.test(r.url),
    )
    .map((r) => `${r.method} ${r.url.slice(PREFIX.length)}`);

function urlFor(key: string, orgId: string): { method: string; url: string } {
  const [method, path] = key.split(' ') as [string, string];
  const url = `/api/v1/orgs/${orgId}${path}`
    .replace(':incidentId', w.incidentId)
    .replace(':attachmentId', w.attachmentId)
    .replace(':measureId', w.measureId)
    .replace(':taskId', w.taskId);
  return { method, url };
}

async function call(key: string, orgId: string, person: TestPerson) {
  const spec = ROUTES[key]!;
  const { method, url } = urlFor(key, orgId);
  if (spec.multipart) {
    const m = multipart({ report: JSON.stringify(validReport()) }, [
      { field: 'file', name: 'mail.eml', data: emlBytes() },
    ]);
    return t.app.inject({
      method: method as 'POST',
      url,
      headers: { ...person.headers, ...m.headers },
      payload: m.payload,
    });
  }
  return t.app.inject({
    method: method as 'GET',
    url,
    headers: person.headers,
    payload: spec.payload?.() as never,
  });
}

describe('tenant isolation and ownership, route by route', () => {
  it('covers every route of the module in this table', () => {
    expect(moduleRoutes().sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it.each(Object.keys(ROUTES))(
    '%s: a handler of another organisation gets 404 on our organisation',
    async (key) => {
      const res = await call(key, w.orgA, w.handlerB);
      expect(res.statusCode).toBe(404);
    },
  );

  it.each(Object.keys(ROUTES).filter((k) => ROUTES[k]!.reachesReport))(
    '%s: our report ids under their own organisation give 404',
    async (key) => {
      const res = await call(key, w.orgB, w.handlerB);
      expect(res.statusCode).toBe(404);
    },
  );

  it.each(Object.keys(ROUTES).filter((k) => ROUTES[k]!.reachesReport))(
    '%s: a reporter who is not the author gets 404',
    async (key) => {
      const res = await call(key, w.orgA, w.otherReporter);
      expect(res.statusCode).toBe(404);
    },
  );

  it.each(Object.keys(ROUTES))('%s: the right person does reach it (control)', async (key) => {
    const who =
      key.includes('/my-incidents') ||
      key.startsWith('POST /incidents/with') ||
      key === 'POST /incidents' ||
      key.includes('email-preview')
        ? w.author
        : key.includes('incident-settings')
          ? await buildPerson(t.deps.db, w.orgA, ['org_admin'])
          : w.handlerA;
    const res = await call(key, w.orgA, who);
    expect(res.statusCode, res.body).not.toBe(404);
    expect(res.statusCode, res.body).toBeLessThan(500);
  });

  it('shows a reporter only their own reports', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${w.orgA}/my-incidents`,
      headers: w.otherReporter.headers,
    });
    expect(res.json()).toEqual([]);
  });
});

describe('encryption at rest', () => {
  it('keeps narrative, names, contact details, messages, notes, files and e-mail out of a database dump', async () => {
    const dump = await dumpDatabase(t.deps.db);
    for (const secret of [
      SECRET_NARRATIVE,
      'Geheim-verhaal-8F3A',
      SECRET_NAME,
      SECRET_PHONE,
      SECRET_PIXELS,
      SECRET_EML,
      SECRET_MESSAGE,
      SECRET_NOTE,
    ]) {
      expect(dump.includes(secret), secret).toBe(false);
    }
    // And the handler does see them, decrypted.
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${w.orgA}/incidents/${w.incidentId}`,
      headers: w.handlerA.headers,
    });
    expect(res.json()).toMatchObject({
      narrative: SECRET_NARRATIVE,
      victimName: SECRET_NAME,
      contactPhone: SECRET_PHONE,
    });
  });
});

describe('audit trail', () => {
  it('records every read of a case by a handler, without content', async () => {
    const org = w.orgA;
    const base = `/api/v1/orgs/${org}/incidents/${w.incidentId}`;
    const count = async (action: string) =>
      (
        await t.deps.db
          .selectFrom('audit_event')
          .selectAll()
          .where('organisation_id', '=', org)
          .where('action', '=', action)
          .where('actor_id', '=', w.handlerA.id)
          .execute()
      ).length;
    const before = {
      read: await count('incident.read'),
      file: await count('incident.attachment.read'),
      pdf: await count('incident.police_report.generate'),
      zip: await count('incident.evidence.export'),
      list: await count('incident.register.read'),
    };
    await t.app.inject({ method: 'GET', url: base, headers: w.handlerA.headers });
    await t.app.inject({
      method: 'GET',
      url: `${base}/attachments/${w.attachmentId}`,
      headers: w.handlerA.headers,
    });
    await t.app.inject({
      method: 'GET',
      url: `${base}/police-report.pdf`,
      headers: w.handlerA.headers,
    });
    await t.app.inject({ method: 'GET', url: `${base}/evidence.zip`, headers: w.handlerA.headers });
    await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org}/incidents`,
      headers: w.handlerA.headers,
    });
    expect(await count('incident.read')).toBe(before.read + 1);
    expect(await count('incident.attachment.read')).toBe(before.file + 1);
    expect(await count('incident.police_report.generate')).toBe(before.pdf + 1);
    expect(await count('incident.evidence.export')).toBe(before.zip + 1);
    expect(await count('incident.register.read')).toBe(before.list + 1);
    const events = await t.deps.db
      .selectFrom('audit_event')
      .selectAll()
      .where('organisation_id', '=', org)
      .execute();
    const text = JSON.stringify(events);
    expect(text).not.toContain('Geheim');
    expect((await verifyAudit(t.deps.db)).breaks).toEqual([]);
  });

  it('records the write of every handler action', async () => {
    const actions = await t.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('organisation_id', '=', w.orgA)
      .where('object_id', '=', w.incidentId)
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'incident.create',
        'incident.message',
        'incident.measure.add',
        'incident.aftercare.plan',
        'incident.triage',
      ]),
    );
  });
});
