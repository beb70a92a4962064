import { describe, expect, it } from 'vitest';
import { demoBoundaryGeoJson, demoFiguresCsv } from '../src/modules/districts/districts.demo';
import { checkA11y, visit } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';
import { tabTo } from './support/keyboard';

const e2e = setupE2E();

const PUBLIC_REPORT = {
  reporterGroup: 'civil_servant',
  target: 'self',
  occurredOn: new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10),
  location: 'public',
  channel: 'in_person',
  kinds: ['intimidation'],
  narrative: 'Een voorbijganger schold mij uit tijdens de handhavingsronde. (e2e)',
  perpetratorKnown: false,
  perpetratorRepeat: false,
  impacts: [],
  witnesses: false,
  policeCalled: false,
};

describe('districts: wijken and buurten', () => {
  it('the admin uploads boundaries and key figures; a wrong file is refused, naming the area', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.orgAdmin);
    await visit(page, '/beheer/wijken');
    await page.getByRole('heading', { level: 1, name: 'Wijken en buurten' }).waitFor();
    await checkA11y(page);

    const wrong = demoBoundaryGeoJson().replace('WK034401', 'WK036301');
    await page.locator('#districts-boundaries-file').setInputFiles({
      name: 'amsterdam.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(wrong),
    });
    await page.getByRole('button', { name: 'Grenzen laden' }).click();
    await page.getByText('Gebied 1: WK036301 ligt niet in gemeente GM0344.').first().waitFor();
    await checkA11y(page);

    await page.locator('#districts-boundaries-file').setInputFiles({
      name: 'wijken-utrecht.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(demoBoundaryGeoJson()),
    });
    await page.getByRole('button', { name: 'Grenzen laden' }).click();
    await page.getByText('De grenzen zijn geladen.').waitFor();
    await page.getByText('wijken-utrecht.geojson').waitFor();
    await page.locator('#districts-figures-file').setInputFiles({
      name: 'kerncijfers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(demoFiguresCsv()),
    });
    await page.getByRole('button', { name: 'Kerncijfers laden' }).click();
    await page.getByText('De kerncijfers zijn geladen.').waitFor();
    await page.getByText('kerncijfers.csv').waitFor();
    expect(await page.locator('tr[data-district]').count()).toBe(20);
    await checkA11y(page);
  });

  it('a handler picks the buurt of a report in a public place by searching its name', async () => {
    const page = await e2e.page();
    const csrf = await loginViaApi(page, DEMO_USERS.handler);
    const me = await (await page.request.get('/api/v1/me')).json();
    const orgId: string = me.memberships[0].organisationId;
    const res = await page.request.post(`/api/v1/orgs/${orgId}/incidents`, {
      headers: { 'x-csrf-token': csrf },
      data: PUBLIC_REPORT,
    });
    expect(res.status()).toBe(201);
    const { id } = await res.json();

    await visit(page, `/meldingen/register/${id}`);
    await page.getByRole('heading', { level: 2, name: 'Wijk of buurt' }).waitFor();
    await page.getByLabel('Zoek op naam').fill('oude');
    const select = page.locator('#district-code');
    expect(await select.locator('option').count()).toBe(2);
    await select.selectOption('BU03440201');
    await page.getByRole('button', { name: 'Wijk of buurt opslaan' }).click();
    await page.getByText('Gekozen: Oude Stad (demo) (BU03440201)').waitFor();
    await page.getByText(/Wijk of buurt gekozen \(Oude Stad \(demo\) \(BU03440201\)\)/).waitFor();
    await checkA11y(page);
  });

  it('the dashboard’s district map is keyboard-navigable and its table lists the same numbers', async () => {
    const page = await e2e.page();
    await loginViaApi(page, DEMO_USERS.handler);
    await visit(page, '/inzicht');
    const map = page.getByRole('group', {
      name: /^Meldingen op een openbare plek per gebied \(Wijken\)/,
    });
    await map.waitFor();
    expect(await map.locator('path[data-code]').count()).toBe(4);

    const first = map.locator('path[tabindex="0"]');
    await tabTo(page, first, { maxStops: 200 });
    const focusedName = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const names = [await focusedName()];
    // Four wijken in a 2 × 2 block: the arrow keys reach every one of them.
    for (const key of ['ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft']) {
      await page.keyboard.press(key);
      names.push(await focusedName());
    }
    expect(new Set(names).size).toBe(4);
    expect(names.every((n) => /^.+ \(demo\): \d+ melding/.test(n))).toBe(true);
    await checkA11y(page);

    await page.locator('#insight-district-level').selectOption('buurten');
    await map
      .or(page.getByRole('group', { name: /\(Buurten\)/ }))
      .first()
      .waitFor();
    const buurtMap = page.getByRole('group', { name: /\(Buurten\)/ });
    await buurtMap.waitFor();
    expect(await buurtMap.locator('path[data-code]').count()).toBe(16);
    // Every area's count on the map is the count in the table.
    const onMap = await buurtMap
      .locator('path[data-code]')
      .evaluateAll((paths) =>
        Object.fromEntries(
          paths.map((p) => [
            p.getAttribute('data-code'),
            Number(/: (\d+) melding/.exec(p.getAttribute('aria-label') ?? '')?.[1]),
          ]),
        ),
      );
    const inTable = await page
      .locator('tr[data-district]')
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((r) => [
            r.getAttribute('data-district'),
            Number(r.querySelector('[data-cell="incidents"]')?.textContent),
          ]),
        ),
      );
    expect(inTable).toEqual(onMap);
    expect(onMap.BU03440201).toBeGreaterThanOrEqual(1);
    await checkA11y(page);
  });
});
