import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkA11y, visit, waitForPage } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';

const e2e = setupE2E();

/** The CSV's cells (semicolon-separated, quoted only where needed). */
function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/)
    .map((line) => line.split(';').map((c) => c.replace(/^"|"$/g, '')));
}

describe('insight: the organisation dashboard', () => {
  it('a handler sees charts with table alternatives, changes the grouping, and downloads a table as CSV with the same numbers', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.handler);
    await visit(page, '/inzicht');
    await page.getByRole('heading', { level: 1, name: 'Inzicht' }).waitFor();
    const overTime = page.getByRole('table', { name: /Meldingen per maand \(tabel\)/ });
    await overTime.waitFor();
    // A chart per subject, each an image named by its title and described in words.
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBe(7);
    await expect(charts.first().getAttribute('aria-labelledby')).resolves.toBe(
      'chart-over-time-title chart-over-time-desc',
    );
    await expect(page.locator('#chart-kind-desc').textContent()).resolves.toMatch(
      /^Staafdiagram\. Verbale agressie: \d+/,
    );
    // Twelve months and a total.
    expect(await overTime.getByRole('columnheader').count()).toBe(14);
    await checkA11y(page);

    await page.locator('#insight-granularity').selectOption('year');
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await page.waitForURL((url) => url.searchParams.get('granularity') === 'year');
    await waitForPage(page);
    const byKind = page.getByRole('table', { name: /Meldingen naar soort \(tabel\)/ });
    await page.getByRole('table', { name: /Meldingen per jaar \(tabel\)/ }).waitFor();
    await checkA11y(page);

    const shown = await byKind
      .getByRole('row')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
      );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-csv="kind"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^inzicht-kind-.*\.csv$/);
    const csv = csvRows(fs.readFileSync(await download.path(), 'utf8'));
    // The file: a header and one line per kind, "table; subject; periods...; total".
    expect(csv[0]!.slice(2)).toEqual(shown[0]!.slice(1));
    expect(csv.slice(1).map((r) => r.slice(1))).toEqual(shown.slice(1));
    const total = Number(csv.find((r) => r[1] === 'Bedreiging')!.at(-1));
    expect(total).toBeGreaterThan(0);
  });

  it('the organisation admin sees the same page, keyboard operable and accessible', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.orgAdmin);
    await visit(page, '/inzicht?granularity=quarter');
    await page.getByRole('table', { name: /Meldingen per kwartaal \(tabel\)/ }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Wettelijke termijnen van integriteitsmeldingen' })
      .waitFor();
    await checkA11y(page);
  });
});
