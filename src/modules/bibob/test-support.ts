import { expect } from 'vitest';
import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import type { TestApp } from '../../test/test-app';

/** "Now" in the Bibob tests: a Monday in December 2026. */
export const NOW = '2026-12-07T10:00:00Z';
/** The smallest file that passes as a PDF by its content. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Answers that satisfy the Bibob questionnaire, with recognisable free text. */
export const APPLICANT_ANSWERS = {
  rechtsvorm: 'bv',
  kvk_nummer: '12345678',
  zeggenschap: 'Bestuurder en enig aandeelhouder: J. Jansen (100%)',
  financieringsbronnen: ['eigen_vermogen', 'derden'],
  financiering_derden: 'Lening van Oom Piet Holding, € 250.000',
  pand_relatie: 'huurder',
  antecedenten: false,
  naar_waarheid: true,
};

/** An organisation with a Bibob officer, and the base URL of its Bibob routes. */
export async function bibobSetting(t: TestApp) {
  const org = await buildOrganisation(t.deps.db);
  const officer = await buildPerson(t.deps.db, org.id, ['bibob_officer']);
  return { org, officer, base: `/api/v1/orgs/${org.id}/bibob` };
}

/** Register a case and return its id. */
export async function createTestCase(
  t: TestApp,
  base: string,
  officer: TestPerson,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: `${base}/cases`,
    headers: officer.headers,
    payload: {
      kind: 'permit',
      reference: 'Z/26/0001',
      applicantName: 'Eetcafé Het Testje B.V.',
      subject: 'Exploitatievergunning horeca',
      policyItemKey: 'exploitatievergunning-horeca',
      receivedOn: '2026-11-02',
      ...overrides,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** Make the applicant's link and return its token. */
export async function applicantToken(
  t: TestApp,
  base: string,
  officer: TestPerson,
  caseId: string,
  email?: string,
): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: `${base}/cases/${caseId}/questionnaire-link`,
    headers: officer.headers,
    payload: email ? { email } : {},
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json().url as string).split('/').pop()!;
}
