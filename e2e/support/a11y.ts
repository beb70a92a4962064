import AxeBuilder from '@axe-core/playwright';
import type { Page, Response } from 'playwright-core';

/** The WCAG 2.1 A and AA rules; every page must pass them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface CheckOptions {
  /** CSS selectors to leave out, only with a reason in the calling spec. */
  exclude?: string[];
}

/**
 * Run axe-core on the page as it is now and throw when anything violates
 * WCAG 2.1 AA, listing every rule, its impact, help link and the elements.
 * Call it on every page a spec visits, and again after big changes on a page
 * (error messages shown, a second form step, another language).
 */
export async function checkA11y(page: Page, options: CheckOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  if (violations.length === 0) return;
  const report = violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) =>
            `      - ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ')}`,
        )
        .join('\n');
      return `  • [${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
  throw new Error(`Accessibility violations (WCAG 2.1 AA) on ${page.url()}:\n${report}`);
}

/** Wait until the SPA has rendered a page: its <h1> is visible. */
export async function waitForPage(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor({ state: 'visible' });
}

/**
 * Go to `url` (relative to the context's baseURL), wait for the page's <h1>,
 * and check it with axe. Returns the navigation response.
 */
export async function visit(
  page: Page,
  url: string,
  options: CheckOptions = {},
): Promise<Response | null> {
  const response = await page.goto(url);
  await waitForPage(page);
  await checkA11y(page, options);
  return response;
}
