import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, visit } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';
import { hasNoHorizontalScroll, tabTo } from './support/keyboard';

/*
 * National insight: the analyst's map of municipalities (keyboard focus moves across areas,
 * the table lists the same numbers), a CSV download, and the public release page without
 * login. axe runs on every page.
 */

const e2e = setupE2E();

/**
 * Every shape's accessible name holds its table row's figure in the same words (areas without
 * a row say "geen gegevens"); answers the rows by code.
 */
async function expectTableMatchesMap(page: Page, map: Locator) {
  const shapes = await map
    .locator('path[data-code]')
    .evaluateAll((paths) =>
      paths.map((p) => [p.getAttribute('data-code'), p.getAttribute('aria-label')] as const),
    );
  const rows = await page
    .locator('table tr[data-code]')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-code'),
        tr.querySelector('th')?.textContent ?? '',
        tr.querySelector('[data-column="count"]')?.textContent ?? '',
      ]),
    );
  const byCode = new Map(
    rows.map(([code, name, count]) => [code ?? '', { name: name ?? '', count: count ?? '' }]),
  );
  for (const [code, label] of shapes) {
    const row = byCode.get(code ?? '');
    if (!row) {
      expect(label).toMatch(/: geen gegevens$/);
      continue;
    }
    expect(label?.startsWith(`${row.name}: `), `${label} / ${row.name}`).toBe(true);
    if (row.count.startsWith('onderdrukt')) expect(label).toBe(`${row.name}: ${row.count}`);
    else expect(label).toContain(`: ${row.count} melding`);
  }
  return byCode;
}

describe('national insight', () => {
  it('the analyst moves across municipalities by keyboard; table and CSV hold the same numbers', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.nationalAnalyst);
    await visit(page, '/inzicht/landelijk');
    const map = page.getByRole('group', { name: /^Meldingen per gemeente, / });
    await map.waitFor();
    expect(await map.locator('path[data-code]').count()).toBe(342);

    // One tab stop reaches the map; the arrow keys move focus from municipality to municipality.
    const first = map.locator('path[tabindex="0"]');
    await tabTo(page, first, { maxStops: 80 });
    const focusedName = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const names = [await focusedName()];
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      names.push(await focusedName());
    }
    for (let i = 1; i < names.length; i++) expect(names[i]).not.toBe(names[i - 1]);
    expect(names.every((n) => /^.+: .+/.test(n))).toBe(true);
    await checkA11y(page);

    // Every shape's figure is in the table, in the same words.
    const byCode = await expectTableMatchesMap(page, map);

    // The CSV download holds the same numbers as the table.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download deze cijfers/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^weerbaar-landelijk-gemeente-.*\.csv$/);
    const csv = fs.readFileSync((await download.path()) as string, 'utf8').split('\r\n');
    expect(csv[0]).toBe('periode,type,code,naam,aantal,per_100,onderdrukt');
    const heading = await page.locator('#national-figures-heading').textContent();
    const shown = heading?.split(', ').at(-1) ?? '';
    for (const [code, { count }] of [...byCode].slice(0, 20)) {
      const line = csv.find((l) => l.startsWith(`${shown},`) && l.includes(`,${code},`));
      expect(line).toBeTruthy();
      if (!count.startsWith('onderdrukt'))
        expect(line?.split(',')[4]).toBe(count.replace(/\./g, ''));
    }
  });

  it('the analyst chooses the regions: provinces coloured by their municipalities together', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.nationalAnalyst);
    await visit(page, '/inzicht/landelijk');
    await page.getByRole('group', { name: /^Meldingen per gemeente, / }).waitFor();
    await page.getByLabel('Niveau').selectOption({ label: 'Regio (gemeenten per provincie)' });
    const map = page.getByRole('group', { name: /^Meldingen van alle gemeenten per provincie, / });
    await map.waitFor();
    expect(await map.locator('path[data-code]').count()).toBe(12);
    const byCode = await expectTableMatchesMap(page, map);
    // Every province has municipalities in the demo, so every province has a row.
    expect(byCode.size).toBe(12);
    expect([...byCode.values()].some((r) => /^\d/.test(r.count))).toBe(true);
    await checkA11y(page);
  });

  it('the province page and the page at phone width', async () => {
    const page = await e2e.page({ width: 320, height: 640 });
    await loginViaApi(page, DEMO_USERS.nationalAnalyst);
    await visit(page, '/inzicht/landelijk/provincie/PV26');
    const map = page.getByRole('group', { name: /^Meldingen per gemeente in Utrecht, / });
    await map.waitFor();
    expect(await map.locator('path[data-code]').count()).toBe(26);
    // The region's total above the municipalities.
    await page
      .getByRole('heading', { level: 2, name: /^Alle gemeenten in Utrecht samen, / })
      .waitFor();
    expect(await page.locator('[data-region="PV26"]').textContent()).toMatch(
      /^(\d[\d.]* meldingen?|onderdrukt.*)$/,
    );
    expect(await hasNoHorizontalScroll(page)).toBe(true);
  });

  it('the public release page opens without login', async () => {
    const page = await e2e.page();
    const response = await visit(page, '/cijfers');
    expect(response?.ok()).toBe(true);
    await page.getByRole('heading', { name: 'Hoe we de cijfers beschermen' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
      /^Landelijke cijfers/,
    );
  });
});
