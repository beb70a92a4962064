import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, visit } from './support/a11y';
import { DEMO_USERS } from './support/demo';
import { loginViaApi, setupE2E } from './support/harness';
import { describeFocus, hasNoHorizontalScroll, tabTo } from './support/keyboard';

const e2e = setupE2E();

const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 900 };
/** The limit for the header on a phone (it was ~520 px with the menu open below it). */
const MAX_HEADER_PX = 200;

/**
 * Words that a table cell splits over two lines, as "cell: word". A word is a run of
 * non-spaces; a break right after a hyphen or slash ("Agenda-|check") is a normal line break,
 * so each hyphenated part counts as a word of its own. A word laid out on more than one line
 * box has more than one client rect.
 */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const cell of document.querySelectorAll('table th, table td, table caption')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[^\s\-–/]+[-–/]?/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) found.push(`${cell.textContent?.trim().slice(0, 30)}: ${match[0]}`);
        }
      }
    }
    return found;
  });
}

/** Every table sits in a region that is named and reachable by keyboard, so it can scroll. */
async function tablesInFocusableRegions(page: Page): Promise<{ tables: number; bad: string[] }> {
  return page.evaluate(() => {
    const tables = [...document.querySelectorAll('table')];
    const bad = tables
      .filter((table) => {
        const region = table.closest('section[aria-labelledby], [role="region"]');
        const label = region?.getAttribute('aria-labelledby');
        const name = label ? document.getElementById(label)?.textContent?.trim() : '';
        return region?.getAttribute('tabindex') !== '0' || !name;
      })
      .map((table) => table.caption?.textContent ?? table.outerHTML.slice(0, 60));
    return { tables: tables.length, bad };
  });
}

/** Dates in the Dutch UI read "5 december 2026", never "2026-12-05". */
async function isoDates(page: Page): Promise<string[]> {
  const text = (await page.locator('main').textContent()) ?? '';
  return text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [];
}

async function expectReadableTables(page: Page) {
  const { tables, bad } = await tablesInFocusableRegions(page);
  expect(tables).toBeGreaterThan(0);
  expect(bad).toEqual([]);
  expect(await brokenWords(page)).toEqual([]);
  expect(await hasNoHorizontalScroll(page)).toBe(true);
  expect(await isoDates(page)).toEqual([]);
}

describe('on a phone', () => {
  it('the header stays under 200 px and the menu button opens the navigation by keyboard', async () => {
    const page = await e2e.page(PHONE);
    await loginViaApi(page, DEMO_USERS.handler);
    await visit(page, '/');
    const header = page.locator('.utrecht-page-header');
    const height = (await header.boundingBox())?.height ?? Number.POSITIVE_INFINITY;
    expect(height).toBeLessThan(MAX_HEADER_PX);

    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const button = page.getByRole('button', { name: 'Menu' });
    await expect(nav.isVisible()).resolves.toBe(false);
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');

    await tabTo(page, button);
    await page.keyboard.press('Enter');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await nav.waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor({ state: 'visible' });
    await checkA11y(page);
    expect(await hasNoHorizontalScroll(page)).toBe(true);

    // The menu's links come next in the tab order; following one closes the menu.
    const register = nav.getByRole('link', { name: 'Meldingenregister' });
    await tabTo(page, register);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/meldingen/register');
    await page.getByRole('heading', { level: 1, name: 'Meldingenregister' }).waitFor();
    await expect(nav.isVisible()).resolves.toBe(false);
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');

    // Escape closes an open menu and puts focus back on its button.
    await button.focus();
    await page.keyboard.press('Space');
    await nav.waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await nav.waitFor({ state: 'hidden' });
    expect(await describeFocus(page)).toContain('Menu');
  });

  it('on a wide screen the menu is always there and the button is not', async () => {
    const page = await e2e.page(DESKTOP);
    await loginViaApi(page, DEMO_USERS.handler);
    await visit(page, '/');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('button', { name: 'Menu' }).count()).resolves.toBe(0);
  });
});

describe('tables break no word', () => {
  it('in the incidents register at 320 px', async () => {
    const page = await e2e.page(PHONE);
    await loginViaApi(page, DEMO_USERS.handler);
    await visit(page, '/meldingen/register');
    await page.getByRole('table').first().waitFor();
    await expectReadableTables(page);
  });

  it.each([
    ['320 px', PHONE],
    ['1280 px', DESKTOP],
  ])(
    'in the public side-positions register at %s, with Dutch amounts and dates',
    async (_, size) => {
      const page = await e2e.page(size);
      await visit(page, '/openbaar/GM0344/nevenfuncties');
      await page.getByRole('table').first().waitFor();
      await expectReadableTables(page);
      // Money through Intl: "€ 50,00" with a no-break space, never "€50" or "50.00".
      expect(await page.locator('main').textContent()).toMatch(/€\u00a0\d{1,3}(\.\d{3})*,\d{2}/);
    },
  );
});
