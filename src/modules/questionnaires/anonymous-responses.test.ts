import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import type { DefinitionInput } from './definition/definition.schema';
import {
  flattenAnswers,
  listAnonymousResponses,
  loadPublishedVersion,
  storeAnonymousResponse,
  validateResponse,
} from './index';

/*
 * The seam the Monitor uses: a survey questionnaire as a published version,
 * answers validated by the engine, stored with no link to any person, and
 * read back as flat rows for weighting (also through the export route).
 */

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const SURVEY: DefinitionInput = {
  formatVersion: 1,
  key: 'miv-test',
  title: { nl: 'Monitor Integriteit en Veiligheid (test)' },
  privacy: {
    respondent: 'anonymous',
    aggregates: { visibleToRoles: ['researcher'], consent: 'implied', minResponses: 5 },
    exportResponses: 'answers',
    retention: { submittedDays: 3650, unfinishedDays: 30 },
    benchmark: { enabled: false },
  },
  sections: [
    {
      id: 'ervaringen',
      title: { nl: 'Ervaringen' },
      questions: [
        { id: 'agressie_ervaren', type: 'yes_no', text: { nl: 'Agressie ervaren?' } },
        {
          id: 'vormen',
          type: 'multiple_choice',
          text: { nl: 'Welke vormen?' },
          showIf: { question: 'agressie_ervaren', equals: true },
          options: [
            { value: 'online', label: { nl: 'Online' } },
            { value: 'fysiek', label: { nl: 'Fysiek' } },
          ],
        },
        {
          id: 'gedragscode',
          type: 'matrix',
          text: { nl: 'Bekend met…' },
          items: [
            { id: 'code', text: { nl: 'gedragscode' } },
            { id: 'meldpunt', text: { nl: 'meldpunt' } },
          ],
          scale: [
            { value: 'ja', label: { nl: 'Ja' } },
            { value: 'nee', label: { nl: 'Nee' } },
          ],
        },
        { id: 'opmerkingen', type: 'text', required: false, text: { nl: 'Opmerkingen' } },
      ],
    },
  ],
};

describe('the Monitor seam', () => {
  it('validates, stores anonymously and exports response-level rows without free text', async () => {
    const org = await buildOrganisation(t.deps.db, { type: 'rijk' });
    const researcher = await buildPerson(t.deps.db, org.id, ['researcher']);
    const base = `/api/v1/orgs/${org.id}`;
    const draft = (
      await t.app.inject({
        method: 'POST',
        url: `${base}/questionnaires/import`,
        headers: researcher.headers,
        payload: SURVEY,
      })
    ).json();
    await t.app.inject({
      method: 'POST',
      url: `${base}/questionnaire-versions/${draft.id}/publish`,
      headers: researcher.headers,
    });

    const version = await loadPublishedVersion(t.deps.db, org.id, { key: 'miv-test' });
    expect(version).toMatchObject({ versionId: draft.id, version: 1, ownerId: org.id });

    expect(() =>
      validateResponse(version!.definition, { agressie_ervaren: 'ja', vals: 1 }),
    ).toThrow(
      expect.objectContaining({
        fieldErrors: expect.arrayContaining([
          { field: 'body.answers.agressie_ervaren', message: 'Kies ja of nee.' },
          { field: 'body.answers.vals', message: expect.any(String) },
        ]),
      }),
    );
    const validated = validateResponse(version!.definition, {
      agressie_ervaren: false,
      vormen: ['online'],
      gedragscode: { code: 'ja', meldpunt: 'nee' },
      opmerkingen: 'Vrije tekst die versleuteld moet blijven',
    });
    // The hidden follow-up is dropped; free text is kept apart.
    expect(validated.answers).toEqual({
      agressie_ervaren: false,
      gedragscode: { code: 'ja', meldpunt: 'nee' },
    });
    expect(validated.openText).toEqual({ opmerkingen: 'Vrije tekst die versleuteld moet blijven' });
    expect(validated.scores).toBeNull();

    await t.deps.db.transaction().execute((trx) =>
      storeAnonymousResponse(trx, t.deps.keyring, {
        organisationId: org.id,
        version: version!,
        response: validated,
        attributes: { wave: '2026', stratum: 'GM-wethouder-klein' },
        receivedOn: '2026-11-01',
      }),
    );
    const rows = await listAnonymousResponses(t.deps.db, org.id, version!);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.columns).toEqual({
      agressie_ervaren: 0,
      'vormen.online': null,
      'vormen.fysiek': null,
      'gedragscode.code': 'ja',
      'gedragscode.meldpunt': 'nee',
    });
    expect(
      flattenAnswers(version!.definition, { agressie_ervaren: true, vormen: ['fysiek'] }),
    ).toMatchObject({
      agressie_ervaren: 1,
      'vormen.online': 0,
      'vormen.fysiek': 1,
    });

    const exported = await t.app.inject({
      method: 'GET',
      url: `${base}/questionnaire-versions/${draft.id}/responses`,
      headers: researcher.headers,
    });
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.json().rows).toEqual([
      expect.objectContaining({
        receivedOn: '2026-11-01',
        stratum: 'GM-wethouder-klein',
        'gedragscode.code': 'ja',
      }),
    ]);
    expect(exported.body).not.toContain('Vrije tekst');

    // Nothing in the anonymous table can name a person or a moment finer than the day.
    const columns = Object.keys(
      await t.deps.db
        .selectFrom('questionnaire_anonymous_response')
        .selectAll()
        .executeTakeFirstOrThrow(),
    );
    expect(columns.sort()).toEqual(
      [
        'answers',
        'attributes',
        'id',
        'open_text_enc',
        'organisation_id',
        'received_on',
        'scores',
        'source',
        'version_id',
        'version_owner_id',
      ].sort(),
    );
  });
});
