import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/roles';
import { SCOPED_PREFIX } from '../../platform/http/scope';
import { buildApiToken, buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { testDefinition } from './definition/test-definition';
import { publishedVersion, start } from './test-support';

/*
 * Tenant isolation, table-driven over EVERY route of the questionnaire engine
 * and the self-scans: someone of another organisation — whatever roles they
 * hold there — gets 404 on each, with real ids of this organisation filled in.
 * The table is checked against the app's route table, so a new route without
 * a row here fails this test.
 */

const ALL_ROLES: Role[] = [
  'reporter',
  'handler',
  'integrity_officer',
  'confidential_counsellor',
  'clerk',
  'org_admin',
  'researcher',
  'national_analyst',
];

const MINE =
  /^\/api\/v1\/orgs\/:orgId\/(questionnaires|questionnaire-versions|responses|risk-analyses)(\/|$)/;

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('tenant isolation', () => {
  it('answers 404 to another organisation on every route', async () => {
    const org = await buildOrganisation(t.deps.db);
    const admin = await buildPerson(t.deps.db, org.id, [
      'org_admin',
      'integrity_officer',
      'reporter',
    ]);
    const candidate = await buildPerson(t.deps.db, org.id, ['reporter']);
    const base = `/api/v1/orgs/${org.id}`;
    const draft = (
      await t.app.inject({
        method: 'POST',
        url: `${base}/questionnaires/import`,
        headers: admin.headers,
        payload: testDefinition(),
      })
    ).json();
    const scan = await publishedVersion(t, org.id, admin.headers, 'zelfscan-informatiepositie');
    const responseId = await start(t, org.id, admin.headers, scan.id);
    const analysis = await t.app.inject({
      method: 'POST',
      url: `${base}/risk-analyses`,
      headers: admin.headers,
      payload: { candidateEmail: candidate.email, office: 'wethouder' },
    });
    expect(analysis.statusCode, analysis.body).toBe(201);
    const analysisId = analysis.json().responseId;

    const fill = (url: string) =>
      url
        .replace(':orgId', org.id)
        .replace(':versionId', draft.id)
        .replace(':questionnaireId', scan.questionnaireId)
        .replace(':responseId', url.includes('risk-analyses') ? analysisId : responseId);
    const table: { method: string; url: string; payload?: unknown }[] = [
      { method: 'GET', url: '/questionnaires' },
      { method: 'POST', url: '/questionnaires/validate', payload: testDefinition() },
      { method: 'POST', url: '/questionnaires/import', payload: testDefinition() },
      { method: 'GET', url: '/questionnaires/:questionnaireId/aggregates' },
      { method: 'GET', url: '/questionnaire-versions/:versionId' },
      { method: 'GET', url: '/questionnaire-versions/:versionId/export' },
      { method: 'POST', url: '/questionnaire-versions/:versionId/publish' },
      { method: 'DELETE', url: '/questionnaire-versions/:versionId' },
      {
        method: 'POST',
        url: '/questionnaire-versions/:versionId/preview',
        payload: { answers: {} },
      },
      { method: 'GET', url: '/questionnaire-versions/:versionId/responses' },
      { method: 'GET', url: '/responses' },
      { method: 'POST', url: '/responses', payload: { versionId: scan.id } },
      { method: 'GET', url: '/responses/:responseId' },
      { method: 'PUT', url: '/responses/:responseId/answers', payload: { answers: {} } },
      { method: 'POST', url: '/responses/:responseId/submit', payload: {} },
      { method: 'PUT', url: '/responses/:responseId/team', payload: { members: [] } },
      { method: 'DELETE', url: '/responses/:responseId' },
      { method: 'GET', url: '/responses/:responseId/result' },
      { method: 'GET', url: '/responses/:responseId/result.pdf' },
      { method: 'GET', url: '/risk-analyses' },
      {
        method: 'POST',
        url: '/risk-analyses',
        payload: { candidateEmail: candidate.email, office: 'wethouder' },
      },
      { method: 'GET', url: '/risk-analyses/:responseId' },
      { method: 'PATCH', url: '/risk-analyses/:responseId', payload: { notes: 'x' } },
    ];

    const registered = t.app.routeTable
      .filter((r) => r.scoped && MINE.test(r.url))
      .map((r) => `${r.method} ${r.url.slice(SCOPED_PREFIX.length)}`)
      .sort();
    expect(table.map((r) => `${r.method} ${r.url}`).sort()).toEqual(registered);

    const other = await buildOrganisation(t.deps.db);
    const stranger = await buildPerson(t.deps.db, other.id, ALL_ROLES);
    const token = await buildApiToken(t.deps.db, other.id, 'org_admin');
    for (const headers of [stranger.headers, token]) {
      for (const row of table) {
        const res = await t.app.inject({
          method: row.method as 'GET',
          url: `${base}${fill(row.url)}`,
          headers,
          payload: row.payload as never,
        });
        expect(res.statusCode, `${row.method} ${row.url}`).toBe(404);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
    }
    // And nothing changed: the draft, the response and the analysis are still there.
    const own = await t.app.inject({
      method: 'GET',
      url: `${base}/responses/${responseId}`,
      headers: admin.headers,
    });
    expect(own.statusCode).toBe(200);
    const stillDraft = await t.app.inject({
      method: 'GET',
      url: `${base}/questionnaire-versions/${draft.id}`,
      headers: admin.headers,
    });
    expect(stillDraft.json().status).toBe('draft');
  });
});
