import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../test/dump';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { fillAndSubmit, publishedVersion, start } from '../questionnaires/test-support';

/*
 * What an attacker with a database dump sees: after filling in all three
 * instruments with recognisable text, none of it appears anywhere — answers,
 * personal results and tracking notes are encrypted. Team scan scores are the
 * one thing stored in plain (aggregates and the benchmark need them).
 */

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const SECRETS = {
  teamText: 'GEHEIM-wijk-Kanaleneiland-signalen-7731',
  riskText: 'GEHEIM-aandelen-Bouwbedrijf-Vechtzicht-4410',
  riskNotes: 'GEHEIM-notitie-burgemeester-9920',
  bestuurder: 'GEHEIM-nevenfunctie-Stichting-Zonnedael-1187',
};

describe('database dump', () => {
  it('contains none of the answers, personal results or notes in plain text', async () => {
    const org = await buildOrganisation(t.deps.db);
    const officer = await buildPerson(t.deps.db, org.id, ['integrity_officer']);
    const candidate = await buildPerson(t.deps.db, org.id, ['reporter']);
    const person = await buildPerson(t.deps.db, org.id, ['reporter']);
    const base = `/api/v1/orgs/${org.id}`;

    const team = await publishedVersion(t, org.id, person.headers, 'zelfscan-informatiepositie');
    const teamId = await start(t, org.id, person.headers, team.id);
    await fillAndSubmit(t, org.id, person.headers, teamId, team.definition, {
      overrides: { wijk_toelichting: SECRETS.teamText },
    });

    const personal = await publishedVersion(
      t,
      org.id,
      person.headers,
      'persoonlijke-weerbaarheidsscan',
    );
    const personalId = await start(t, org.id, person.headers, personal.id);
    // A distinctive answer pattern: the highest option everywhere.
    await fillAndSubmit(t, org.id, person.headers, personalId, personal.definition, {
      pick: (n) => n - 1,
      submit: { aggregateConsent: true },
    });

    const commissioned = await t.app.inject({
      method: 'POST',
      url: `${base}/risk-analyses`,
      headers: officer.headers,
      payload: { candidateEmail: candidate.email, office: 'wethouder' },
    });
    const riskId = commissioned.json().responseId;
    const risk = await publishedVersion(
      t,
      org.id,
      candidate.headers,
      'risicoanalyse-integriteit-kandidaat',
    );
    await fillAndSubmit(t, org.id, candidate.headers, riskId, risk.definition, {
      overrides: {
        zakelijke_belangen: true,
        zakelijke_belangen_toelichting: SECRETS.riskText,
        nevenfuncties_aantal: 2,
        nevenfuncties_raakvlak: true,
        nevenfuncties_welke: SECRETS.bestuurder,
      },
    });
    const noted = await t.app.inject({
      method: 'PATCH',
      url: `${base}/risk-analyses/${riskId}`,
      headers: officer.headers,
      payload: { notes: SECRETS.riskNotes, vogRequestedOn: '2026-01-15' },
    });
    expect(noted.statusCode, noted.body).toBe(200);

    const dump = await dumpDatabase(t.deps.db);
    for (const secret of Object.values(SECRETS)) expect(dump).not.toContain(secret);
    expect(dump).not.toContain('2026-01-15');

    // Structured answers of personal and commissioned responses are not readable either.
    const rows = await t.deps.db
      .selectFrom('questionnaire_response')
      .selectAll()
      .where('id', 'in', [personalId, riskId])
      .execute();
    for (const row of rows) {
      expect(row.scores).toBeNull();
      expect(row.total_score).toBeNull();
      expect(row.answers_enc).toMatch(/^wb1\./);
      expect(row.result_enc).toMatch(/^wb1\./);
      expect(JSON.stringify(row)).not.toMatch(/zakelijke_belangen|gescheiden_accounts|"ja"|true,/);
    }
    // The risk analysis uses the organisation's separate integrity key.
    expect(rows.find((r) => r.id === riskId)!.answers_enc).toMatch(/^wb1\.integrity\./);
    // The opt-in copy carries scores only: no answers, no person, no time of day.
    const copies = await t.deps.db
      .selectFrom('questionnaire_anonymous_response')
      .selectAll()
      .where('organisation_id', '=', org.id)
      .execute();
    expect(copies).toHaveLength(1);
    expect(copies[0]!.answers).toBeNull();
    expect(Object.keys(copies[0]!)).not.toContain('person_id');
    expect(JSON.stringify(copies[0])).not.toContain(person.id);
  });
});
