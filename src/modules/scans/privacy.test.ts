import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { fillAndSubmit, publishedVersion, start } from '../questionnaires/test-support';

/*
 * Each instrument's visibility rules, route by route: a personal scan cannot
 * be read by the organisation's administrator, a risk analysis not by other
 * councillors, other integrity officers or the administrator.
 */

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

/** Every route that touches one response, with a harmless body. */
const responseRoutes = (base: string, id: string) => [
  { method: 'GET', url: `${base}/responses/${id}` },
  { method: 'PUT', url: `${base}/responses/${id}/answers`, payload: { answers: {} } },
  { method: 'POST', url: `${base}/responses/${id}/submit`, payload: {} },
  { method: 'PUT', url: `${base}/responses/${id}/team`, payload: { members: [] } },
  { method: 'DELETE', url: `${base}/responses/${id}` },
  { method: 'GET', url: `${base}/responses/${id}/result` },
  { method: 'GET', url: `${base}/responses/${id}/result.pdf` },
];

async function expectNoWayIn(
  person: TestPerson,
  routes: { method: string; url: string; payload?: unknown }[],
) {
  for (const r of routes) {
    const res = await t.app.inject({
      method: r.method as 'GET',
      url: r.url,
      headers: person.headers,
      payload: r.payload as never,
    });
    expect(res.statusCode, `${r.method} ${r.url}`).toBe(404);
  }
}

async function auditActions(orgId: string, objectId: string) {
  const rows = await t.deps.db
    .selectFrom('audit_event')
    .select(['action', 'actor_id'])
    .where('organisation_id', '=', orgId)
    .where('object_id', '=', objectId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

describe('the personal resilience scan', () => {
  it('is visible to that person alone: not to the administrator, not in exports; only opt-in aggregates count', async () => {
    const org = await buildOrganisation(t.deps.db);
    const admin = await buildPerson(t.deps.db, org.id, [
      'org_admin',
      'handler',
      'integrity_officer',
      'researcher',
    ]);
    const base = `/api/v1/orgs/${org.id}`;
    const version = await publishedVersion(
      t,
      org.id,
      admin.headers,
      'persoonlijke-weerbaarheidsscan',
    );

    const people = await Promise.all(
      Array.from({ length: 11 }, () => buildPerson(t.deps.db, org.id, ['reporter'])),
    );
    const ids: string[] = [];
    for (const [i, p] of people.entries()) {
      const id = await start(t, org.id, p.headers, version.id);
      // Ten opt in, one does not.
      await fillAndSubmit(t, org.id, p.headers, id, version.definition, {
        pick: (n) => i % n,
        submit: { aggregateConsent: i > 0 },
      });
      ids.push(id);
      if (i === 9) {
        // Nine opted in: one short of k = 10, so the overview still shows nothing.
        const nine = await t.app.inject({
          method: 'GET',
          url: `${base}/questionnaires/${version.questionnaireId}/aggregates`,
          headers: admin.headers,
        });
        expect(nine.json()).toMatchObject({ suppressed: true, responses: null, minResponses: 10 });
      }
    }

    await expectNoWayIn(admin, responseRoutes(base, ids[0]!));
    const list = await t.app.inject({
      method: 'GET',
      url: `${base}/responses`,
      headers: admin.headers,
    });
    expect(list.json()).toEqual([]);
    const exported = await t.app.inject({
      method: 'GET',
      url: `${base}/questionnaire-versions/${version.id}/responses`,
      headers: admin.headers,
    });
    expect(exported.statusCode).toBe(403);

    const own = await t.app.inject({
      method: 'GET',
      url: `${base}/responses/${ids[0]}/result`,
      headers: people[0]!.headers,
    });
    expect(own.statusCode).toBe(200);
    const ownAnswers = await t.app.inject({
      method: 'GET',
      url: `${base}/responses/${ids[0]}`,
      headers: people[0]!.headers,
    });
    expect(ownAnswers.json().answers).not.toBeNull();

    const aggregates = await t.app.inject({
      method: 'GET',
      url: `${base}/questionnaires/${version.questionnaireId}/aggregates`,
      headers: admin.headers,
    });
    expect(aggregates.statusCode, aggregates.body).toBe(200);
    expect(aggregates.json()).toMatchObject({ suppressed: false, responses: 10, minResponses: 10 });
    const reporter = await t.app.inject({
      method: 'GET',
      url: `${base}/questionnaires/${version.questionnaireId}/aggregates`,
      headers: people[1]!.headers,
    });
    expect(reporter.statusCode).toBe(403);

    // Read and write of the person's own response are audited; the denied admin left no content behind.
    expect(await auditActions(org.id, ids[0]!)).toEqual(
      expect.arrayContaining([
        'questionnaire_response.start',
        'questionnaire_response.read',
        'questionnaire_response.save',
        'questionnaire_response.submit',
        'questionnaire_response.read_result',
      ]),
    );
  });

  it('shows nothing while fewer than the minimum opted in', async () => {
    const org = await buildOrganisation(t.deps.db);
    const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    const version = await publishedVersion(
      t,
      org.id,
      admin.headers,
      'persoonlijke-weerbaarheidsscan',
    );
    for (let i = 0; i < 3; i++) {
      const p = await buildPerson(t.deps.db, org.id, ['reporter']);
      const id = await start(t, org.id, p.headers, version.id);
      await fillAndSubmit(t, org.id, p.headers, id, version.definition, {
        submit: { aggregateConsent: true },
      });
    }
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/questionnaires/${version.questionnaireId}/aggregates`,
      headers: admin.headers,
    });
    expect(res.json()).toMatchObject({
      suppressed: true,
      responses: null,
      total: null,
      sections: [],
    });
  });
});

describe('the integrity risk analysis', () => {
  it('is visible to the candidate and the commissioner (and designated officer) only', async () => {
    const org = await buildOrganisation(t.deps.db);
    const mayorOffice = await buildPerson(t.deps.db, org.id, ['integrity_officer']);
    const designated = await buildPerson(t.deps.db, org.id, ['integrity_officer']);
    const candidate = await buildPerson(t.deps.db, org.id, ['reporter']);
    const councillor = await buildPerson(t.deps.db, org.id, ['reporter', 'clerk']);
    const otherOfficer = await buildPerson(t.deps.db, org.id, [
      'integrity_officer',
      'confidential_counsellor',
    ]);
    const admin = await buildPerson(t.deps.db, org.id, ['org_admin', 'handler', 'researcher']);
    const base = `/api/v1/orgs/${org.id}`;

    const denied = await t.app.inject({
      method: 'POST',
      url: `${base}/risk-analyses`,
      headers: councillor.headers,
      payload: { candidateEmail: candidate.email, office: 'wethouder' },
    });
    expect(denied.statusCode).toBe(403);

    const commissioned = await t.app.inject({
      method: 'POST',
      url: `${base}/risk-analyses`,
      headers: mayorOffice.headers,
      payload: {
        candidateEmail: candidate.email,
        office: 'wethouder',
        designatedOfficerEmail: designated.email,
      },
    });
    expect(commissioned.statusCode, commissioned.body).toBe(201);
    const id = commissioned.json().responseId;

    // The commissioner reads but does not answer for the candidate.
    const write = await t.app.inject({
      method: 'PUT',
      url: `${base}/responses/${id}/answers`,
      headers: mayorOffice.headers,
      payload: { answers: { ambt: 'wethouder' } },
    });
    expect(write.statusCode).toBe(403);

    const version = await publishedVersion(
      t,
      org.id,
      candidate.headers,
      'risicoanalyse-integriteit-kandidaat',
    );
    await fillAndSubmit(t, org.id, candidate.headers, id, version.definition, {
      overrides: {
        zakelijke_belangen: true,
        zakelijke_belangen_toelichting: 'Aandelen in een bouwbedrijf',
        vog_status: 'aangevraagd',
        vog_aangevraagd_op: '2024-04-01',
      },
    });

    for (const outsider of [councillor, otherOfficer, admin]) {
      await expectNoWayIn(outsider, [
        ...responseRoutes(base, id),
        { method: 'GET', url: `${base}/risk-analyses/${id}` },
        { method: 'PATCH', url: `${base}/risk-analyses/${id}`, payload: { notes: 'x' } },
      ]);
      const list = await t.app.inject({
        method: 'GET',
        url: `${base}/risk-analyses`,
        headers: outsider.headers,
      });
      expect(list.json()).toEqual([]);
    }

    for (const insider of [mayorOffice, designated, candidate]) {
      const result = await t.app.inject({
        method: 'GET',
        url: `${base}/responses/${id}/result`,
        headers: insider.headers,
      });
      expect(result.statusCode, result.body).toBe(200);
      const guide = result.json().result.discussionGuide;
      expect(guide.map((g: { sectionId: string }) => g.sectionId)).toContain('financieel');
    }
    const answers = await t.app.inject({
      method: 'GET',
      url: `${base}/responses/${id}`,
      headers: designated.headers,
    });
    expect(answers.json().answers.zakelijke_belangen_toelichting).toBe(
      'Aandelen in een bouwbedrijf',
    );
  });
});
