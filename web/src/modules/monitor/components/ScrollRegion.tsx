import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on small screens (320 px) instead of
 * squeezing: a named region that takes keyboard focus, so it can be scrolled
 * without a mouse (WCAG 2.1.1, axe "scrollable-region-focusable").
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it
    <section aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {children}
    </section>
  );
}
