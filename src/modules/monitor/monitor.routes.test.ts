import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/roles';
import { dumpDatabase } from '../../test/dump';
import {
  buildApiToken,
  buildOrganisation,
  buildPerson,
  type TestPerson,
} from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import {
  FRAME_CSV,
  type MonitorFixture,
  monitorFixture,
  multipart,
  waveWithFrame,
} from './monitor.test-support';

/** A GET as the given person. */
const get = (url: string, headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url, headers });

let t: TestApp;
let f: MonitorFixture;
beforeAll(async () => {
  t = await buildTestApp();
  f = await monitorFixture(t);
});
afterAll(async () => t?.close());

const monitorRoutes = () => t.app.routeTable.filter((r) => r.url.includes('/monitor/'));

function fill(url: string, orgId: string): string {
  return url
    .replace(':orgId', orgId)
    .replace(':key', 'agressie')
    .replace(/:[A-Za-z]+/g, () => randomUUID());
}

async function auditActions(orgId: string): Promise<string[]> {
  const rows = await t.deps.db
    .selectFrom('audit_event')
    .select('action')
    .where('organisation_id', '=', orgId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.action);
}

describe('monitor routes: tenant isolation and roles', () => {
  it('registers the Monitor routes', () => {
    expect(monitorRoutes().filter((r) => r.scoped).length).toBeGreaterThanOrEqual(20);
  });

  it('answers 404 to a researcher and an analyst of another organisation on every scoped route, even for real ids', async () => {
    const waveId = await waveWithFrame(t, f, { year: 2030 });
    const other = await buildOrganisation(t.deps.db);
    const outsiders: TestPerson[] = [
      await buildPerson(t.deps.db, other.id, ['researcher', 'national_analyst', 'org_admin']),
    ];
    const token = await buildApiToken(t.deps.db, other.id, 'researcher');
    const leaks: string[] = [];
    for (const route of monitorRoutes().filter((r) => r.scoped)) {
      const url = fill(route.url, f.org.id).replace(/waves\/[0-9a-f-]{36}/, `waves/${waveId}`);
      for (const headers of [...outsiders.map((p) => p.headers), token]) {
        const res = await t.app.inject({
          method: route.method as 'GET',
          url,
          headers: { ...headers, 'content-type': 'application/json' },
          payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}',
        });
        if (res.statusCode !== 404) leaks.push(`${route.method} ${route.url} -> ${res.statusCode}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('lets only researchers run the Monitor (403 for other roles of the organisation)', async () => {
    const waveId = await waveWithFrame(t, f, { year: 2031 });
    const researcherOnly = monitorRoutes().filter(
      (r) =>
        r.scoped &&
        !(
          r.method === 'GET' &&
          /\/(waves|waves\/:waveId|waves\/:waveId\/results|waves\/:waveId\/indicators|trends|reports.*)$/.test(
            r.url,
          )
        ),
    );
    const roles: Role[] = ['national_analyst', 'org_admin', 'handler', 'reporter'];
    for (const role of roles) {
      const p = await buildPerson(t.deps.db, f.org.id, [role]);
      const wrong: string[] = [];
      for (const route of researcherOnly) {
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: fill(route.url, f.org.id).replace(/waves\/[0-9a-f-]{36}/, `waves/${waveId}`),
          headers: { ...p.headers, 'content-type': 'application/json' },
          payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}',
        });
        if (res.statusCode !== 403)
          wrong.push(`${role} ${route.method} ${route.url} -> ${res.statusCode}`);
      }
      expect(wrong).toEqual([]);
    }
  });

  it('shows a national analyst published waves only, and hides unpublished ones with 404', async () => {
    const waveId = await waveWithFrame(t, f, { year: 2032 });
    const analyst = await buildPerson(t.deps.db, f.org.id, ['national_analyst']);
    const list = await get(`${f.base}/waves`, analyst.headers);
    expect(list.statusCode).toBe(200);
    expect(list.json().map((w: { id: string }) => w.id)).not.toContain(waveId);
    for (const path of ['', '/results', '/indicators']) {
      const res = await get(`${f.base}/waves/${waveId}${path}`, analyst.headers);
      expect(res.statusCode).toBe(404);
    }
    const reporter = await buildPerson(t.deps.db, f.org.id, ['reporter']);
    const denied = await get(`${f.base}/waves`, reporter.headers);
    expect(denied.statusCode).toBe(403);
  });
});

describe('waves and frames', () => {
  it('creates a wave with the standard indicators and refuses a second wave for the same year', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `${f.base}/waves`,
      headers: f.researcher.headers,
      payload: {
        year: 2016,
        population: 'office_holders',
        questionnaireKey: 'miv-v1',
        fieldStart: '2016-01-10',
        fieldEnd: '2016-03-01',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      year: 2016,
      status: 'draft',
      minCellSize: 30,
      synthetic: false,
    });
    const indicators = await get(
      `${f.base}/waves/${res.json().id}/indicators`,
      f.researcher.headers,
    );
    expect(indicators.json().map((i: { key: string }) => i.key)).toEqual([
      'agressie',
      'online',
      'melding',
      'vermoeden',
      'gedragscode',
    ]);
    expect(indicators.json()[0]).toMatchObject({
      comparabilityKey: 'agressie-v1',
      questions: ['agressie_2016'],
    });
    const again = await t.app.inject({
      method: 'POST',
      url: `${f.base}/waves`,
      headers: f.researcher.headers,
      payload: {
        year: 2016,
        population: 'office_holders',
        fieldStart: '2016-01-10',
        fieldEnd: '2016-03-01',
      },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].field).toBe('body.year');
  });

  it('names the field of an invalid wave', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `${f.base}/waves`,
      headers: f.researcher.headers,
      payload: {
        year: 2040,
        population: 'burgers',
        fieldStart: '2040-02-01',
        fieldEnd: '2040-03-01',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('body.population');
    const backwards = await t.app.inject({
      method: 'POST',
      url: `${f.base}/waves`,
      headers: f.researcher.headers,
      payload: {
        year: 2041,
        population: 'office_holders',
        fieldStart: '2041-03-01',
        fieldEnd: '2041-02-01',
      },
    });
    expect(backwards.json().errors[0].field).toBe('body.fieldEnd');
  });

  it('imports a frame from a Dutch Excel CSV (BOM, semicolons, CRLF) and replaces it all-or-nothing', async () => {
    const waveId = await waveWithFrame(t, f, { year: 2033 });
    const frame = await get(`${f.base}/waves/${waveId}/frame`, f.researcher.headers);
    expect(frame.json()).toHaveLength(3);
    expect(frame.json().find((s: { code: string }) => s.code === 'gm-raad')).toMatchObject({
      code: 'gm-raad',
      layer: 'municipality',
      role: 'councillor',
      populationCount: 4000,
    });

    const broken = multipart(`\uFEFF${FRAME_CSV}gm-burg;gemeente;burgemeester;klein;veel\r\n`);
    const res = await t.app.inject({
      method: 'PUT',
      url: `${f.base}/waves/${waveId}/frame`,
      headers: { ...f.researcher.headers, ...broken.headers },
      payload: broken.payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        field: 'file',
        line: 5,
        column: 'populatie',
        message: expect.stringMatching(/^Regel 5, kolom "populatie"/),
      }),
    ]);
    const after = await get(`${f.base}/waves/${waveId}/frame`, f.researcher.headers);
    expect(after.json()).toEqual(frame.json());
  });

  it('moves a wave through its statuses and refuses an impossible move with the field named', async () => {
    const waveId = await waveWithFrame(t, f, { year: 2034 });
    const publish = await t.app.inject({
      method: 'POST',
      url: `${f.base}/waves/${waveId}/publish`,
      headers: f.researcher.headers,
    });
    expect(publish.statusCode).toBe(409);
    const open = await t.app.inject({
      method: 'POST',
      url: `${f.base}/waves/${waveId}/status`,
      headers: f.researcher.headers,
      payload: { status: 'fielding' },
    });
    expect(open.json()).toMatchObject({ status: 'fielding', statusLabel: 'In het veld' });
    const close = await t.app.inject({
      method: 'POST',
      url: `${f.base}/waves/${waveId}/status`,
      headers: f.researcher.headers,
      payload: { status: 'closed' },
    });
    expect(close.json().status).toBe('closed');
    const bad = await t.app.inject({
      method: 'POST',
      url: `${f.base}/waves/${waveId}/status`,
      headers: f.researcher.headers,
      payload: { status: 'published' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.status');
  });

  it('refuses an indicator that reads a question the questionnaire does not ask', async () => {
    const waveId = await waveWithFrame(t, f, { year: 2035 });
    const res = await t.app.inject({
      method: 'PUT',
      url: `${f.base}/waves/${waveId}/indicators/bedreiging`,
      headers: f.researcher.headers,
      payload: {
        name: 'Bedreiging',
        condition: { question: 'bedreigd', equals: 'ja' },
        baseLabel: 'Alle respondenten',
        comparabilityKey: 'bedreiging-v1',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'body.condition' });
    const ok = await t.app.inject({
      method: 'PUT',
      url: `${f.base}/waves/${waveId}/indicators/online_en_melding`,
      headers: f.researcher.headers,
      payload: {
        name: 'Online en gemeld',
        condition: {
          all: [
            { question: 'agressie_online', equals: 'ja' },
            { question: 'melding_gedaan', equals: 'ja' },
          ],
        },
        baseCondition: { question: 'agressie_ervaren', equals: 'ja' },
        baseLabel: 'Slachtoffers',
        comparabilityKey: 'online-melding-v1',
      },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().questions.sort()).toEqual([
      'agressie_ervaren',
      'agressie_online',
      'melding_gedaan',
    ]);
  });

  it('audits every write and the reads of results', async () => {
    const waveId = await waveWithFrame(t, f, { year: 2036 });
    await get(`${f.base}/waves/${waveId}/results`, f.researcher.headers);
    await get(`${f.base}/waves/${waveId}`, f.researcher.headers);
    const actions = await auditActions(f.org.id);
    for (const a of [
      'monitor.wave.create',
      'monitor.frame.import',
      'monitor.results.read',
      'monitor.wave.read',
    ]) {
      expect(actions).toContain(a);
    }
  });
});

describe('data at rest', () => {
  it('stores invitee addresses, tokens and free-text answers only encrypted', async () => {
    const waveId = await waveWithFrame(t, f, { year: 2037 });
    const secretEmail = `geheim-${randomUUID().slice(0, 8)}@gemeente.example`;
    const list = multipart(`email,stratum\n${secretEmail},gm-raad\n`);
    const res = await t.app.inject({
      method: 'POST',
      url: `${f.base}/waves/${waveId}/invitations`,
      headers: { ...f.researcher.headers, ...list.headers },
      payload: list.payload,
    });
    expect(res.statusCode).toBe(201);
    await t.app.inject({
      method: 'POST',
      url: `${f.base}/waves/${waveId}/status`,
      headers: f.researcher.headers,
      payload: { status: 'fielding' },
    });
    await t.deps.jobs.drain();
    const mail = t.mails.find((m) => m.to.includes(secretEmail));
    const token = mail?.text.match(/vragenlijst\/(wbm_[A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeDefined();
    const secretText = `Mijn geheime opmerking ${randomUUID()}`;
    const submit = await t.app.inject({
      method: 'POST',
      url: `/api/v1/survey/${token}`,
      payload: {
        answers: {
          agressie_ervaren: 'nee',
          vermoeden_integriteit: 'nee',
          bekend_gedragscode: 'ja',
          opmerkingen: secretText,
        },
      },
    });
    expect(submit.statusCode).toBe(201);
    const dump = await dumpDatabase(t.deps.db);
    expect(dump).not.toContain(secretEmail);
    expect(dump).not.toContain(token!);
    expect(dump).not.toContain(secretText);
  });
});
