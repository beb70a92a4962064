import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { definitionJsonSchema } from './definition/definition.schema';
import { testDefinition } from './definition/test-definition';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

async function author() {
  const org = await buildOrganisation(t.deps.db);
  const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
  const base = `/api/v1/orgs/${org.id}`;
  return { org, admin, base };
}

async function versionCount(orgId: string) {
  const r = await sql<{
    n: number;
  }>`select count(*)::int as n from questionnaire_version where organisation_id = ${orgId}`.execute(
    t.deps.db,
  );
  return r.rows[0]!.n;
}

describe('the definition format', () => {
  it('serves its JSON Schema publicly, equal to docs/questionnaire.schema.json', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/questionnaires/schema.json' });
    expect(res.statusCode).toBe(200);
    const served = res.json();
    expect(served.$defs.QuestionnaireDefinition.properties.sections).toBeDefined();
    const { $id: _a, ...committed } = JSON.parse(
      fs.readFileSync('docs/questionnaire.schema.json', 'utf8'),
    );
    const { $id: _b, ...generated } = definitionJsonSchema() as Record<string, unknown>;
    expect(committed).toEqual(generated);
  });
});

describe('authoring definitions', () => {
  it('imports a draft, previews it, publishes it, and keeps the published version immutable', async () => {
    const { org, admin, base } = await author();
    const imported = await t.app.inject({
      method: 'POST',
      url: `${base}/questionnaires/import`,
      headers: admin.headers,
      payload: testDefinition(),
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const draft = imported.json();
    expect(draft).toMatchObject({
      status: 'draft',
      version: 1,
      owner: 'organisation',
      key: 'test-alles',
    });

    const reporter = await buildPerson(t.deps.db, org.id, ['reporter']);
    const hidden = await t.app.inject({
      method: 'GET',
      url: `${base}/questionnaire-versions/${draft.id}`,
      headers: reporter.headers,
    });
    expect(hidden.statusCode).toBe(404);

    const preview = await t.app.inject({
      method: 'POST',
      url: `${base}/questionnaire-versions/${draft.id}/preview`,
      headers: admin.headers,
      payload: { answers: { keuze: 'c', meer: ['y', 'z'], schaal: 5, jn: false } },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().result.sections[0]).toMatchObject({
      id: 'een',
      band: { id: 'hoog' },
      advice: 'Een hoog',
    });

    const published = await t.app.inject({
      method: 'POST',
      url: `${base}/questionnaire-versions/${draft.id}/publish`,
      headers: admin.headers,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().status).toBe('published');
    const again = await t.app.inject({
      method: 'POST',
      url: `${base}/questionnaire-versions/${draft.id}/publish`,
      headers: admin.headers,
    });
    expect(again.statusCode).toBe(409);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `${base}/questionnaire-versions/${draft.id}`,
      headers: admin.headers,
    });
    expect(del.statusCode).toBe(409);
    // Even a direct UPDATE is refused by the database.
    await expect(
      sql`update questionnaire_version set definition = '{}'::jsonb where id = ${draft.id}`.execute(
        t.deps.db,
      ),
    ).rejects.toThrow(/published/);

    // A new import with the same key becomes version 2 beside it.
    const changed = testDefinition();
    changed.title = { nl: 'Testvragenlijst, versie 2' };
    const next = await t.app.inject({
      method: 'POST',
      url: `${base}/questionnaires/import`,
      headers: admin.headers,
      payload: changed,
    });
    expect(next.json()).toMatchObject({ status: 'draft', version: 2 });
    const list = await t.app.inject({
      method: 'GET',
      url: `${base}/questionnaires`,
      headers: admin.headers,
    });
    const mine = list.json().find((q: { key: string }) => q.key === 'test-alles');
    expect(mine.published.version).toBe(1);
    expect(mine.draft.version).toBe(2);
    expect(mine.title).toBe('Testvragenlijst');

    const exported = await t.app.inject({
      method: 'GET',
      url: `${base}/questionnaire-versions/${draft.id}/export`,
      headers: admin.headers,
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('test-alles-v1.json');
    expect(exported.json().$schema).toContain('/api/v1/questionnaires/schema.json');
  });

  it('refuses a definition with a cycle, naming each problem, and stores nothing', async () => {
    const { org, admin, base } = await author();
    const d = testDefinition();
    d.sections[0]!.questions[0]!.showIf = { question: 'meer', equals: 'x' };
    d.sections[0]!.questions[1]!.showIf = { question: 'keuze', equals: 'a' };
    d.sections[1]!.showIf = { question: 'bestaat_niet', equals: 'b' };
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/questionnaires/import`,
      headers: admin.headers,
      payload: d,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'body.sections.0.questions.0.showIf.question',
      'body.sections.0.questions.1.showIf.question',
      'body.sections.1.showIf.question',
    ]);
    expect(body.problems[0].path).toMatch(/^\$\.sections\[/);
    const byField = new Map(
      body.errors.map((e: { field: string; message: string }) => [e.field, e.message]),
    );
    expect(byField.get('body.sections.0.questions.0.showIf.question')).toContain('Kringverwijzing');
    expect(byField.get('body.sections.1.showIf.question')).toContain('bestaat niet');
    expect(await versionCount(org.id)).toBe(0);
  });

  it('validates without storing and reports every problem with its JSON path', async () => {
    const { org, admin, base } = await author();
    const d = testDefinition();
    d.sections[0]!.questions[0]!.showIf = { question: 'schaal', min: 1 };
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/questionnaires/validate`,
      headers: admin.headers,
      payload: d,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      valid: false,
      problems: [
        {
          path: '$.sections[0].questions[0].showIf.question',
          message: expect.stringContaining('later'),
        },
      ],
    });
    const ok = await t.app.inject({
      method: 'POST',
      url: `${base}/questionnaires/validate`,
      headers: admin.headers,
      payload: testDefinition(),
    });
    expect(ok.json()).toEqual({ valid: true, problems: [] });
    expect(await versionCount(org.id)).toBe(0);
  });

  it('leaves authoring to administrators and researchers', async () => {
    const { org, base } = await author();
    const reporter = await buildPerson(t.deps.db, org.id, ['reporter', 'handler']);
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/questionnaires/import`,
      headers: reporter.headers,
      payload: testDefinition(),
    });
    expect(res.statusCode).toBe(403);
    const researcher = await buildPerson(t.deps.db, org.id, ['researcher']);
    const ok = await t.app.inject({
      method: 'POST',
      url: `${base}/questionnaires/import`,
      headers: researcher.headers,
      payload: testDefinition(),
    });
    expect(ok.statusCode).toBe(201);
  });

  it('lists the three built-in self-scans for every organisation', async () => {
    const { org } = await author();
    const reporter = await buildPerson(t.deps.db, org.id, ['reporter']);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/questionnaires`,
      headers: reporter.headers,
    });
    const keys = list
      .json()
      .filter((q: { owner: string }) => q.owner === 'platform')
      .map((q: { key: string; may: { start: boolean } }) => [q.key, q.may.start]);
    expect(keys).toEqual(
      expect.arrayContaining([
        ['zelfscan-informatiepositie', true],
        ['persoonlijke-weerbaarheidsscan', true],
        ['risicoanalyse-integriteit-kandidaat', false],
      ]),
    );
  });
});
