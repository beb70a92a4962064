import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditKeys } from '../../platform/audit/audit-key';
import { verifyAudit } from '../../platform/audit/audit-log';
import { dumpDatabase } from '../../test/dump';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { intakeAddressOf } from './mail-intake/intake-address';
import { forwardAsAttachment } from './mail-intake/test-mails';
import { emlBytes, PNG_BYTES } from './test-fixtures';
import { multipart, validReport } from './test-helpers';
import { receiveForwardedMail } from './use-cases/receive-forwarded-mail';

const INTAKE_DOMAIN = 'intake.test';
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ SMTP_INTAKE_PORT: '0', SMTP_INTAKE_DOMAIN: INTAKE_DOMAIN });
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
  /** Forwarded e-mails of the author; routes that consume one get their own. */
  drafts: Record<'shared' | 'discard' | 'complete', string>;
}
let w: World;

/** Enable e-mail intake for an organisation and forward one mail as `person`. */
async function forwardedDraft(code: string, person: TestPerson) {
  const to = intakeAddressOf(code, INTAKE_DOMAIN)!;
  const result = await receiveForwardedMail(
    t.deps,
    INTAKE_DOMAIN,
    { sender: person.email, recipients: [to], sessionId: 'test' },
    forwardAsAttachment(person.email, to, emlBytes(SECRET_EML, SECRET_EML)),
  );
  if (!result.ok) throw new Error(`forward refused: ${result.reason}`);
  return result.drafts[0]!.id;
}

beforeAll(async () => {
  const a = await buildOrganisation(t.deps.db);
  const b = await buildOrganisation(t.deps.db);
  await t.deps.db
    .insertInto('incident_settings')
    .values({
      organisation_id: a.id,
      first_contact_working_days: 2,
      aftercare_schedule: JSON.stringify([{ unit: 'days', amount: 7 }]) as never,
      retention_months: 24,
      retention_action: 'anonymise',
      email_intake_enabled: true,
      organisation_address: null,
    })
    .execute();
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
    drafts: {
      shared: await forwardedDraft(a.code, author),
      discard: await forwardedDraft(a.code, author),
      complete: await forwardedDraft(a.code, author),
    },
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
      emailIntakeEnabled: false,
      organisationAddress: null,
    }),
    reachesReport: false,
  },
  'GET /incident-intake-address': { reachesReport: false },
  'GET /my-incident-drafts': { reachesReport: false },
  'GET /my-incident-drafts/:draftId': { reachesReport: true },
  'GET /my-incident-drafts/:draftId/original.eml': { reachesReport: true },
  'DELETE /my-incident-drafts/:draftId': { reachesReport: true },
  'POST /my-incident-drafts/:draftId/report': {
    payload: () => validReport({ channel: 'email' }),
    reachesReport: true,
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
  'PUT /incidents/:incidentId/district': { payload: () => ({ code: null }), reachesReport: true },
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
      (r) =>
        r.scoped &&
        /^\/api\/v1\/orgs\/:orgId\/(incidents|my-incidents|my-incident-drafts|incident-)/.test(
          r.url,
        ),
    )
    .map((r) => `${r.method} ${r.url.slice(PREFIX.length)}`);

function urlFor(key: string, orgId: string): { method: string; url: string } {
  const [method, path] = key.split(' ') as [string, string];
  const url = `/api/v1/orgs/${orgId}${path}`
    .replace(':incidentId', w.incidentId)
    .replace(':attachmentId', w.attachmentId)
    .replace(':measureId', w.measureId)
    .replace(':taskId', w.taskId)
    .replace(
      ':draftId',
      key.startsWith('DELETE')
        ? w.drafts.discard
        : key.endsWith('/report')
          ? w.drafts.complete
          : w.drafts.shared,
    );
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

  it.each(Object.keys(ROUTES))(
    '%s: the mayor or secretary (executive: aggregates only) gets 404',
    async (key) => {
      const executive = await buildPerson(t.deps.db, w.orgA, ['executive']);
      const res = await call(key, w.orgA, executive);
      expect(res.statusCode).toBe(404);
    },
  );

  it.each(Object.keys(ROUTES))('%s: the right person does reach it (control)', async (key) => {
    const who =
      key.includes('/my-incident') ||
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

  it.each(Object.keys(ROUTES).filter((k) => k.includes(':draftId')))(
    '%s: a handler or admin of the same organisation gets 404 on a draft not theirs',
    async (key) => {
      for (const who of [w.handlerA, await buildPerson(t.deps.db, w.orgA, ['org_admin'])]) {
        const res = await call(key, w.orgA, who);
        expect(res.statusCode).toBe(404);
      }
    },
  );

  it('shows a person only their own forwarded e-mails', async () => {
    for (const who of [w.otherReporter, w.handlerA]) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${w.orgA}/my-incident-drafts`,
        headers: who.headers,
      });
      expect(res.json()).toEqual([]);
    }
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
    const keys = await AuditKeys.load(t.deps.db, t.deps.keyring);
    expect((await verifyAudit(t.deps.db, keys)).breaks).toEqual([]);
  });

  it('records every read and write of a draft, without content', async () => {
    const count = async (action: string) =>
      (
        await t.deps.db
          .selectFrom('audit_event')
          .select('id')
          .where('organisation_id', '=', w.orgA)
          .where('action', '=', action)
          .where('actor_id', '=', w.author.id)
          .execute()
      ).length;
    const actions = ['incident.draft.list', 'incident.draft.read', 'incident.draft.original.read'];
    const before = await Promise.all(actions.map(count));
    const base = `/api/v1/orgs/${w.orgA}/my-incident-drafts`;
    for (const url of [
      base,
      `${base}/${w.drafts.shared}`,
      `${base}/${w.drafts.shared}/original.eml`,
    ]) {
      const res = await t.app.inject({ method: 'GET', url, headers: w.author.headers });
      expect(res.statusCode, url).toBe(200);
    }
    expect(await Promise.all(actions.map(count))).toEqual(before.map((n) => n + 1));
    const receipts = await t.deps.db
      .selectFrom('audit_event')
      .selectAll()
      .where('organisation_id', '=', w.orgA)
      .where('action', '=', 'incident.draft.receive')
      .execute();
    expect(receipts.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(receipts)).not.toContain('Geheim');
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
