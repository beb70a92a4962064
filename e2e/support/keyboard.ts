import type { Locator, Page } from 'playwright-core';

const MAX_TAB_STOPS = 40;

/** How long to wait for the target to exist before each check: a missing target fails fast. */
const TARGET_WAIT_MS = 5_000;

async function isFocused(target: Locator): Promise<boolean> {
  await target.waitFor({ state: 'attached', timeout: TARGET_WAIT_MS });
  return target.evaluate((el) => el === document.activeElement).catch(() => false);
}

/**
 * Press Tab (or Shift+Tab with `backwards`) until `target` has focus, proving
 * it can be reached by keyboard. Throws when it is not reached within
 * `maxStops` presses, naming the elements that did get focus.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, maxStops = MAX_TAB_STOPS } = {},
): Promise<void> {
  const visited: string[] = [];
  for (let i = 0; i < maxStops; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    visited.push(await describeFocus(page));
  }
  if (await isFocused(target)) return;
  throw new Error(
    `Could not reach the element by keyboard in ${maxStops} tab stops. Focus went to:\n  ${visited.join('\n  ')}`,
  );
}

/** A short description of the focused element, for messages. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '(nothing)';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    const id = el.id ? `#${el.id}` : '';
    return `<${el.tagName.toLowerCase()}${id}> ${name}`;
  });
}

/** True when the page can be read without sideways scrolling (WCAG 1.4.10 reflow). */
export async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
}
