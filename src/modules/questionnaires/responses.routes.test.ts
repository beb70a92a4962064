import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { completeAnswers } from './answers/sample-answers';
import type { QuestionnaireDefinition } from './definition/definition.schema';
import { fillAndSubmit, publishedVersion, start } from './test-support';
import { eraseExpiredResponses } from './use-cases/erase-response';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

async function catalogue(orgId: string, headers: Record<string, string>) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/orgs/${orgId}/questionnaires`,
    headers,
  });
  expect(res.statusCode).toBe(200);
  return res.json() as {
    key: string;
    published: { id: string } | null;
    may: Record<string, boolean>;
  }[];
}

async function versionOf(orgId: string, headers: Record<string, string>, key: string) {
  const q = (await catalogue(orgId, headers)).find((x) => x.key === key)!;
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/orgs/${orgId}/questionnaire-versions/${q.published!.id}`,
    headers,
  });
  return res.json() as { id: string; definition: QuestionnaireDefinition };
}

describe('filling in a personal scan', () => {
  it('starts, saves halfway, resumes, submits once and shows the result with advice', async () => {
    const org = await buildOrganisation(t.deps.db);
    const me = await buildPerson(t.deps.db, org.id, ['reporter']);
    const version = await versionOf(org.id, me.headers, 'persoonlijke-weerbaarheidsscan');
    const base = `/api/v1/orgs/${org.id}/responses`;
    const started = await t.app.inject({
      method: 'POST',
      url: base,
      headers: me.headers,
      payload: { versionId: version.id },
    });
    expect(started.statusCode, started.body).toBe(201);
    const id = started.json().id;

    const all = completeAnswers(version.definition, () => 0);
    const first = version.definition.sections[0]!;
    const firstAnswers = Object.fromEntries(first.questions.map((q) => [q.id, all[q.id]]));
    const saved = await t.app.inject({
      method: 'PUT',
      url: `${base}/${id}/answers`,
      headers: me.headers,
      payload: {
        answers: firstAnswers,
        completeSection: first.id,
        currentSection: version.definition.sections[1]!.id,
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().progress).toBeGreaterThan(0);

    const resumed = await t.app.inject({
      method: 'GET',
      url: `${base}/${id}`,
      headers: me.headers,
    });
    expect(resumed.json().currentSection).toBe(version.definition.sections[1]!.id);
    expect(resumed.json().answers).toEqual(firstAnswers);

    const early = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/submit`,
      headers: me.headers,
      payload: {},
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors.length).toBeGreaterThan(0);

    const rest = await t.app.inject({
      method: 'PUT',
      url: `${base}/${id}/answers`,
      headers: me.headers,
      payload: { answers: all },
    });
    expect(rest.statusCode, rest.body).toBe(200);
    const submitted = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/submit`,
      headers: me.headers,
      payload: { aggregateConsent: true },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe('submitted');

    const again = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/submit`,
      headers: me.headers,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json().detail).toContain('al ingeleverd');

    const result = await t.app.inject({
      method: 'GET',
      url: `${base}/${id}/result`,
      headers: me.headers,
    });
    expect(result.statusCode, result.body).toBe(200);
    const body = result.json();
    expect(body.result.sections.length).toBeGreaterThan(3);
    expect(body.result.sections.some((s: { advice: string | null }) => s.advice)).toBe(true);
    expect(body.result.total.score).toBeGreaterThanOrEqual(0);

    const pdf = await t.app.inject({
      method: 'GET',
      url: `${base}/${id}/result.pdf`,
      headers: me.headers,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('bad input on responses', () => {
  it('refuses options outside the set, numbers out of range and forged ids, naming each, storing nothing', async () => {
    const org = await buildOrganisation(t.deps.db);
    const me = await buildPerson(t.deps.db, org.id, ['reporter']);
    const version = await publishedVersion(t, org.id, me.headers, 'zelfscan-informatiepositie');
    const id = await start(t, org.id, me.headers, version.id);
    const url = `/api/v1/orgs/${org.id}/responses/${id}/answers`;
    const ok = await t.app.inject({
      method: 'PUT',
      url,
      headers: me.headers,
      payload: { answers: { signalen_vastleggen: 'centraal' } },
    });
    expect(ok.statusCode).toBe(200);
    const bad = await t.app.inject({
      method: 'PUT',
      url,
      headers: me.headers,
      payload: {
        answers: {
          signalen_vastleggen: 'alles_perfect',
          analisten_fte: 500,
          riec_convenant: true,
          riec_casussen: -1,
          vraag_die_niet_bestaat: 'x',
          dpia: 'ja',
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual([
      'body.answers.analisten_fte',
      'body.answers.riec_casussen',
      'body.answers.signalen_vastleggen',
      'body.answers.vraag_die_niet_bestaat',
    ]);
    // Nothing of the refused save was stored, not even the valid "dpia".
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/responses/${id}`,
      headers: me.headers,
    });
    expect(after.json().answers).toEqual({ signalen_vastleggen: 'centraal' });
  });

  it('refuses an unknown section and a start on an unknown version', async () => {
    const org = await buildOrganisation(t.deps.db);
    const me = await buildPerson(t.deps.db, org.id, ['reporter']);
    const version = await publishedVersion(t, org.id, me.headers, 'persoonlijke-weerbaarheidsscan');
    const id = await start(t, org.id, me.headers, version.id);
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/responses/${id}/answers`,
      headers: me.headers,
      payload: { answers: {}, completeSection: 'bestaat_niet' },
    });
    expect(res.json().errors[0].field).toBe('body.completeSection');
    const unknown = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/responses`,
      headers: me.headers,
      payload: { versionId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('body.versionId');
  });

  it('asks for the required questions of a section before moving on', async () => {
    const org = await buildOrganisation(t.deps.db);
    const me = await buildPerson(t.deps.db, org.id, ['reporter']);
    const version = await publishedVersion(t, org.id, me.headers, 'persoonlijke-weerbaarheidsscan');
    const id = await start(t, org.id, me.headers, version.id);
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/responses/${id}/answers`,
      headers: me.headers,
      payload: { answers: { functie: 'raadslid' }, completeSection: 'over_u' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'body.answers.zichtbaarheid', message: 'Beantwoord deze vraag.' },
    ]);
  });
});

describe('team responses', () => {
  it('lets colleagues fill in together; others in the organisation cannot', async () => {
    const org = await buildOrganisation(t.deps.db);
    const owner = await buildPerson(t.deps.db, org.id, ['reporter']);
    const colleague = await buildPerson(t.deps.db, org.id, ['handler']);
    const outsider = await buildPerson(t.deps.db, org.id, ['reporter', 'integrity_officer']);
    const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    const version = await publishedVersion(t, org.id, owner.headers, 'zelfscan-informatiepositie');
    const id = await start(t, org.id, owner.headers, version.id, [colleague.email]);
    const url = `/api/v1/orgs/${org.id}/responses/${id}`;
    const save = await t.app.inject({
      method: 'PUT',
      url: `${url}/answers`,
      headers: colleague.headers,
      payload: { answers: { dpia: 'deels' } },
    });
    expect(save.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url, headers: outsider.headers })).statusCode).toBe(
      404,
    );
    // The instrument lets administrators read organisation-level scans, not change them.
    const read = await t.app.inject({ method: 'GET', url, headers: admin.headers });
    expect(read.statusCode).toBe(200);
    expect(read.json().answers).toEqual({ dpia: 'deels' });
    const write = await t.app.inject({
      method: 'PUT',
      url: `${url}/answers`,
      headers: admin.headers,
      payload: { answers: { dpia: 'ja' } },
    });
    expect(write.statusCode).toBe(403);
    const stranger = await t.app.inject({
      method: 'PUT',
      url: `${url}/team`,
      headers: owner.headers,
      payload: { members: ['niemand@elders.example'] },
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors[0].field).toBe('body.members.0');
  });

  it('compares with the previous attempt and shows a benchmark only from ten organisations of the same type', async () => {
    const submitOne = async (pick: number) => {
      const org = await buildOrganisation(t.deps.db, { type: 'waterschap' });
      const p = await buildPerson(t.deps.db, org.id, ['reporter']);
      const v = await publishedVersion(t, org.id, p.headers, 'zelfscan-informatiepositie');
      const id = await start(t, org.id, p.headers, v.id);
      await fillAndSubmit(t, org.id, p.headers, id, v.definition, { pick: (n) => pick % n });
      return { org, p, v, id };
    };
    const result = async (orgId: string, headers: Record<string, string>, id: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/orgs/${orgId}/responses/${id}/result`,
          headers,
        })
      ).json().result;

    const first = await submitOne(0);
    for (let i = 1; i < 9; i++) await submitOne(i);
    expect((await result(first.org.id, first.p.headers, first.id)).benchmark).toBeNull();
    await submitOne(9);
    const withBenchmark = await result(first.org.id, first.p.headers, first.id);
    expect(withBenchmark.benchmark).toEqual({ organisations: 10 });
    expect(withBenchmark.sections[1].benchmarkScore).toEqual(expect.any(Number));

    // A second attempt by the same person is compared with the first.
    const second = await start(t, first.org.id, first.p.headers, first.v.id);
    await fillAndSubmit(t, first.org.id, first.p.headers, second, first.v.definition, {
      pick: (n) => n - 1,
    });
    const compared = await result(first.org.id, first.p.headers, second);
    expect(compared.previous).toEqual({ submittedAt: expect.any(String), version: 1 });
    expect(compared.sections.find((s: { id: string }) => s.id === 'bronnen').previousScore).toEqual(
      expect.any(Number),
    );
  });
});

describe('erasure and retention', () => {
  it('lets the owner erase a response and erases responses past their retention period', async () => {
    const org = await buildOrganisation(t.deps.db);
    const me = await buildPerson(t.deps.db, org.id, ['reporter']);
    const version = await publishedVersion(t, org.id, me.headers, 'persoonlijke-weerbaarheidsscan');
    const erased = await start(t, org.id, me.headers, version.id);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/orgs/${org.id}/responses/${erased}`,
      headers: me.headers,
    });
    expect(del.statusCode).toBe(204);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/orgs/${org.id}/responses/${erased}`,
          headers: me.headers,
        })
      ).statusCode,
    ).toBe(404);

    const old = await start(t, org.id, me.headers, version.id);
    const kept = await start(t, org.id, me.headers, version.id);
    await t.deps.db
      .updateTable('questionnaire_response')
      .set({ erase_after: new Date('2020-01-01') })
      .where('id', '=', old)
      .execute();
    expect(await eraseExpiredResponses(t.deps.db)).toBeGreaterThanOrEqual(1);
    const left = await t.deps.db
      .selectFrom('questionnaire_response')
      .select('id')
      .where('id', 'in', [old, kept])
      .execute();
    expect(left.map((r) => r.id)).toEqual([kept]);
  });
});
