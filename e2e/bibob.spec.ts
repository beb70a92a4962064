import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { loginViaApi, setupE2E } from './support/harness';

/*
 * A Bibob screening case from application to decision: the Bibob officer
 * registers the application and mails the applicant the questionnaire link;
 * the applicant fills it in without an account and uploads a document (a file
 * whose content is not what its name says is refused); the officer sees the
 * answers and the applicant's document, adds one of their own,
 * assesses the risk and records the decision. Another organisation's Bibob
 * officer gets 404 on the case. axe runs on every page and state.
 */

const e2e = setupE2E();

const OFFICER = 'bibob@demo.weerbaar.nl';
const OTHER_OFFICER = 'bibob-provincie@demo.weerbaar.nl';
const APPLICANT = 'aanvrager@gouden-kikker.example';

/** Today in Europe/Amsterdam, YYYY-MM-DD (the server's calendar). */
const amsterdamDay = (offset = 0) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );

/** The questionnaire link mailed to `email` (the server writes mails to its outbox). */
function mailedLink(dataDir: string, email: string): string | null {
  const outbox = path.join(dataDir, 'outbox');
  if (!fs.existsSync(outbox)) return null;
  for (const f of fs.readdirSync(outbox).sort().reverse()) {
    const text = fs.readFileSync(path.join(outbox, f), 'utf8').replace(/=\r?\n/g, '');
    if (!text.includes(email)) continue;
    const link = text.match(/\/bibob\/vragenformulier\/(wbb_[A-Za-z0-9_-]+)/)?.[0];
    if (link) return link;
  }
  return null;
}

/** Each step may take long on a loaded machine: axe runs on every page. */
const STEP_TIMEOUT = 240_000;

/** The journey's state, carried from step to step. */
const journey = { orgId: '', caseUrl: '', caseId: '', link: '' };

async function officerPage() {
  const page = await e2e.page();
  await loginViaApi(page, OFFICER);
  const me = await (await page.request.get('/api/v1/me')).json();
  journey.orgId = me.memberships[0].organisationId;
  return page;
}

describe('Bibob screening', () => {
  it(
    'the officer registers an application and mails the applicant the questionnaire link',
    async () => {
      const officer = await officerPage();

      // Overview and policy (the demo policy is adopted, renewal shows).
      await visit(officer, '/bibob');
      await expect.poll(() => officer.locator('main').textContent()).toContain('Bibob-beleid');
      await visit(officer, '/bibob/beleid');
      await officer.getByText('Versies').waitFor();
      await expect
        .poll(() => officer.locator('table').last().textContent())
        .toContain('Vastgesteld op');
      await checkA11y(officer);

      // A new application.
      await visit(officer, '/bibob/dossiers');
      await officer.getByRole('link', { name: 'Nieuw dossier' }).click();
      await waitForPage(officer);
      await checkA11y(officer);
      await officer.getByRole('button', { name: 'Dossier aanmaken' }).click();
      await officer.locator('.utrecht-form-field-error-message, [role="alert"]').first().waitFor();
      await checkA11y(officer);
      await officer.getByLabel('Soort aanvraag', { exact: true }).selectOption('permit');
      await officer.getByLabel('Kenmerk van de aanvraag').fill('Z/26/E2E-001');
      await officer.getByLabel('Naam van de aanvrager').fill('Eetcafé De Gouden Kikker B.V.');
      await officer.getByLabel('Datum van ontvangst').fill(amsterdamDay(-3));
      await officer.getByRole('button', { name: 'Dossier aanmaken' }).click();
      await officer.waitForURL(/\/bibob\/dossiers\/[0-9a-f-]{36}$/);
      await officer.getByRole('heading', { name: 'Aanvraag Z/26/E2E-001' }).waitFor();
      journey.caseUrl = new URL(officer.url()).pathname;
      journey.caseId = journey.caseUrl.split('/').pop()!;
      await checkA11y(officer);

      // The questionnaire link, mailed to the applicant.
      await officer.getByLabel(/E-mailadres van de aanvrager/).fill(APPLICANT);
      await officer.getByRole('button', { name: 'Link maken' }).click();
      await officer.getByText('De link is gemaild.').waitFor();
      await checkA11y(officer);
      await expect.poll(() => mailedLink(e2e.server.dataDir, APPLICANT)).not.toBeNull();
      journey.link = mailedLink(e2e.server.dataDir, APPLICANT)!;
    },
    STEP_TIMEOUT,
  );

  it(
    'the applicant fills in the questionnaire and uploads a document without an account; the link works once',
    async () => {
      const link = journey.link;
      const applicant = await e2e.page();
      await visit(applicant, link);
      await applicant.getByRole('heading', { name: 'Bibob-vragenformulier', level: 1 }).waitFor();
      await applicant.getByRole('button', { name: 'Formulier versturen' }).click();
      await applicant.getByText('Niet alle vragen zijn goed ingevuld').waitFor();
      await checkA11y(applicant);
      await applicant.getByLabel('Besloten vennootschap').check();
      await applicant
        .getByLabel(/Wie zijn de bestuurders/)
        .fill('Bestuurder en enig aandeelhouder: K. de Vries (100%)');
      await applicant.getByLabel('Eigen vermogen').check();
      await applicant.getByLabel('Huurder').check();
      await applicant
        .getByRole('group', { name: /veroordeeld/ })
        .getByLabel('Nee')
        .check();
      await applicant
        .getByRole('group', { name: /naar waarheid/ })
        .getByLabel('Ja')
        .check();
      // A document: first one whose content is not a PDF, which is refused by its content.
      const documents = applicant.getByLabel('Documenten meesturen (niet verplicht)');
      await documents.setInputFiles({
        name: 'statuten.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      });
      await applicant.getByRole('button', { name: 'Formulier versturen' }).click();
      await expect
        .poll(() =>
          applicant.locator('.weerbaar-error-summary, [role="alert"]').first().textContent(),
        )
        .toContain('statuten.pdf');
      await expect(documents.getAttribute('aria-invalid')).resolves.toBe('true');
      await checkA11y(applicant);
      await documents.setInputFiles({
        name: 'uittreksel-kvk.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
      });
      await applicant.getByRole('button', { name: 'Formulier versturen' }).click();
      await applicant.getByRole('heading', { name: 'Dank u wel' }).waitFor();
      await checkA11y(applicant);
      // The link works once.
      await visit(applicant, link);
      await applicant.getByRole('heading', { name: 'Dit formulier is niet beschikbaar' }).waitFor();
    },
    STEP_TIMEOUT,
  );

  it(
    'the officer reads the answers and the applicant’s document, adds one, assesses the risk and decides',
    async () => {
      const officer = await officerPage();
      await visit(officer, journey.caseUrl);
      await officer.getByRole('heading', { name: 'Antwoorden van de aanvrager' }).waitFor();
      await expect.poll(() => officer.locator('main').textContent()).toContain('K. de Vries');
      const fromApplicant = officer.locator('tr', { hasText: 'uittreksel-kvk.pdf' });
      await expect(fromApplicant.textContent()).resolves.toContain('Aanvrager (via de link)');
      const download = await officer.request.get(
        (await fromApplicant.getByRole('link').getAttribute('href')) ?? '',
      );
      expect(download.status()).toBe(200);
      expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
      await officer.locator('#case-documents').setInputFiles({
        name: 'financieringsovereenkomst.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
      });
      await officer.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await officer.getByRole('link', { name: 'financieringsovereenkomst.pdf' }).waitFor();
      await expect(
        officer.locator('tr', { hasText: 'financieringsovereenkomst.pdf' }).textContent(),
      ).resolves.toContain('Eigen organisatie');
      await checkA11y(officer);

      await officer.getByLabel('Gevaar in mindere mate').check();
      await officer
        .getByLabel('Onderbouwing', { exact: true })
        .fill(
          'Financiering volledig uit eigen vermogen aangetoond; één bestuurder met een oude boete.',
        );
      await officer.getByLabel('Beoordeeld op').fill(amsterdamDay());
      await officer
        .locator('section', { has: officer.getByRole('heading', { name: 'Risicobeoordeling' }) })
        .getByRole('button', { name: 'Opslaan' })
        .click();
      await expect
        .poll(() => officer.locator('dl').first().textContent())
        .toContain('Risico beoordeeld');

      await officer.getByLabel('Verleend met voorschriften').check();
      await officer.getByLabel('Datum van het besluit').fill(amsterdamDay());
      await officer.getByLabel('Het besluit berust op de Wet Bibob').check();
      await officer.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await expect.poll(() => officer.locator('dl').first().textContent()).toContain('Gesloten op');
      await expect
        .poll(() => officer.locator('main').textContent())
        .toContain('Verleend met voorschriften');
      await checkA11y(officer);
    },
    STEP_TIMEOUT,
  );

  it(
    'another organisation’s Bibob officer gets 404 on the case',
    async () => {
      const { orgId, caseId, caseUrl } = journey;
      const other = await e2e.page();
      await loginViaApi(other, OTHER_OFFICER);
      const theirs = await (await other.request.get('/api/v1/me')).json();
      const theirOrg: string = theirs.memberships[0].organisationId;
      expect(
        (await other.request.get(`/api/v1/orgs/${orgId}/bibob/cases/${caseId}`)).status(),
      ).toBe(404);
      expect(
        (await other.request.get(`/api/v1/orgs/${theirOrg}/bibob/cases/${caseId}`)).status(),
      ).toBe(404);
      await visit(other, caseUrl);
      await other.getByText('Dit dossier bestaat niet of u heeft er geen toegang toe.').waitFor();
      await checkA11y(other);
    },
    STEP_TIMEOUT,
  );
});
