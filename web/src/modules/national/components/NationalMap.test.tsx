// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../../../app/i18n';
import { loadTexts, setLanguage } from '../../../app/i18n';
import type { AreaFigure } from '../figures';
import { texts } from '../i18n';
import { MAP } from '../map/areas';
import { FigureTable } from './FigureTable';
import { NationalMap } from './NationalMap';

/** A figure for every municipality: every seventh and every eleventh suppressed. */
const figures: AreaFigure[] = MAP.gemeenten.map((g, i) => ({
  code: g.code,
  name: g.name,
  count: i % 7 === 0 || i % 11 === 0 ? null : 10 + ((i * 37) % 400),
  rate: i % 7 === 0 || i % 11 === 0 ? null : Math.round(((i * 13) % 90) + 5) / 10,
  suppressed: i % 7 === 0 || i % 11 === 0,
}));
const SUPPRESSED = 'onderdrukt: te weinig meldingen, of terug te rekenen tot een klein aantal';
const byCode = new Map(figures.map((f) => [f.code, f]));

function renderMap(measure: 'count' | 'rate' = 'count') {
  return render(
    <>
      <NationalMap
        shapes={MAP.gemeenten}
        figures={byCode}
        measure={measure}
        title="Meldingen per gemeente, 2026-Q2"
        viewBox={MAP.viewBox}
      />
      <FigureTable caption="Meldingen per gemeente" areaHeading="Gemeente" figures={figures} />
    </>,
  );
}

const sortedNames = MAP.gemeenten.map((g) => g.name).sort((a, b) => a.localeCompare(b, 'nl'));
const startsWith = (name: string | undefined) =>
  new RegExp(`^${(name ?? '').replace(/[.*+?^$()|[\]\\]/g, '\\$&')}: `);

const areas = () =>
  screen
    .getByRole('group', { name: 'Meldingen per gemeente, 2026-Q2' })
    .querySelectorAll('path[data-code]');

beforeAll(async () => {
  await setLanguage('nl', false);
  await loadTexts(texts);
});
afterEach(cleanup);

describe('the national map', () => {
  it('draws all 342 municipalities, each named with its figure', () => {
    renderMap();
    const paths = [...areas()];
    expect(paths).toHaveLength(342);
    expect(new Set(paths.map((p) => p.getAttribute('data-code'))).size).toBe(342);
    for (const path of paths) {
      const shape = MAP.gemeenten.find((g) => g.code === path.getAttribute('data-code'));
      expect(path.getAttribute('aria-label')?.startsWith(`${shape?.name}: `)).toBe(true);
      expect(path.getAttribute('d')).toMatch(/^M\d+ \d+l/);
    }
    const amsterdam = figures.find((f) => f.code === 'GM0363');
    const label = screen.getByRole('img', { name: /^Amsterdam: / }).getAttribute('aria-label');
    expect(label).toBe(
      amsterdam?.suppressed
        ? `Amsterdam: ${SUPPRESSED}`
        : `Amsterdam: ${amsterdam?.count} meldingen, ${String(amsterdam?.rate).replace('.', ',')} per 100 ambtsdragers of medewerkers`,
    );
    expect(screen.getByText(/Bron: CBS \/ PDOK, licentie CC BY 4\.0/)).toBeTruthy();
  });

  it('is one tab stop; the arrow keys move focus to neighbouring municipalities', async () => {
    const user = userEvent.setup();
    renderMap();
    const tabStops = [...areas()].filter((p) => p.getAttribute('tabindex') === '0');
    expect(tabStops).toHaveLength(1);
    await user.tab();
    const first = document.activeElement as Element;
    expect(first.getAttribute('aria-label')).toMatch(startsWith(sortedNames[0]));
    // The figure of the focused area is shown under the map.
    expect(
      screen.getByText(first.getAttribute('aria-label') ?? '', { selector: 'p' }),
    ).toBeTruthy();

    const visited = [first.getAttribute('data-code')];
    for (const key of ['{ArrowRight}', '{ArrowDown}', '{ArrowLeft}', '{ArrowUp}']) {
      await user.keyboard(key);
      visited.push(document.activeElement?.getAttribute('data-code') ?? null);
    }
    // Every key moved to another municipality, and the map stayed one tab stop.
    for (let i = 1; i < visited.length; i++) expect(visited[i]).not.toBe(visited[i - 1]);
    expect(visited.every((code) => code?.startsWith('GM'))).toBe(true);
    expect([...areas()].filter((p) => p.getAttribute('tabindex') === '0')).toHaveLength(1);

    // Right from Amsterdam lands east of it.
    const amsterdam = MAP.gemeenten.find((g) => g.code === 'GM0363');
    (document.querySelector('path[data-code="GM0363"]') as SVGPathElement).focus();
    await user.keyboard('{ArrowRight}');
    const east = MAP.gemeenten.find(
      (g) => g.code === document.activeElement?.getAttribute('data-code'),
    );
    expect((east?.c[0] ?? 0) > (amsterdam?.c[0] ?? 0)).toBe(true);

    await user.keyboard('{End}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(
      startsWith(sortedNames.at(-1)),
    );
    await user.keyboard('{Home}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(startsWith(sortedNames[0]));
  });

  it('the table lists exactly the figures the shapes carry', () => {
    renderMap();
    const table = screen.getByRole('table', { name: 'Meldingen per gemeente' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(342);
    for (const path of areas()) {
      const code = path.getAttribute('data-code');
      const row = rows.find((r) => r.getAttribute('data-code') === code) as HTMLElement;
      const label = path.getAttribute('aria-label') ?? '';
      const name = label.slice(0, label.indexOf(': '));
      const figure = label.slice(label.indexOf(': ') + 2);
      expect(within(row).getByRole('rowheader').textContent).toBe(name);
      const count = row.querySelector('[data-column="count"]')?.textContent ?? '';
      const rate = row.querySelector('[data-column="rate"]')?.textContent ?? '';
      if (figure.startsWith('onderdrukt')) expect(count).toBe(figure);
      else {
        expect(figure).toContain(`${count} melding`);
        expect(figure).toContain(`${rate} per 100`);
      }
    }
  });

  it('shows suppressed areas with a hatched pattern and words, not colour alone', () => {
    renderMap('rate');
    const suppressed = [...areas()].filter((p) => p.hasAttribute('data-suppressed'));
    expect(suppressed.length).toBe(figures.filter((f) => f.suppressed).length);
    const patternId = document.querySelector('pattern')?.id;
    for (const path of suppressed) {
      expect(path.getAttribute('fill')).toBe(`url(#${patternId})`);
      expect(path.getAttribute('aria-label')).toMatch(`: ${SUPPRESSED}`);
    }
    // The legend names the hatching and each class in words; shown areas use three fills.
    const legend = screen.getByRole('list', {
      name: 'Legenda (meldingen per 100 ambtsdragers of medewerkers)',
    });
    const items = within(legend).getAllByRole('listitem');
    expect(items.at(-1)?.textContent).toMatch(/^Gearceerd: onderdrukt/);
    expect(items[0]?.textContent).toMatch(/^t\/m \d/);
    const fills = new Set(
      [...areas()]
        .filter((p) => !p.hasAttribute('data-suppressed'))
        .map((p) => p.getAttribute('fill')),
    );
    expect(fills).toEqual(new Set(['#eef4fb', '#4f86c9', '#0f2f5c']));
  });
});
