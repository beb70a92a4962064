// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../../../test/fake-api';
import { loggedIn, renderPage, resetPage } from '../../../test/render-page';
import type { NationalAnswer, NationalCell } from '../api';
import { texts } from '../i18n';
import { MAP } from '../map/areas';
import { NationalPage } from './NationalPage';
import { ProvincePage } from './ProvincePage';

const PERIODS = ['2026-Q1', '2026-Q2'];

type Level = 'gemeente' | 'regio' | 'provincie';

/**
 * Every municipality (or province, or region) in both periods; Vlieland, Schiermonnikoog and
 * the region of Zeeland suppressed.
 */
function cellsOf(level: Level): NationalCell[] {
  const areas = level === 'gemeente' ? MAP.gemeenten : MAP.provincies;
  return areas.flatMap((area, i) =>
    PERIODS.map((period, p) => {
      const suppressed =
        area.name === 'Vlieland' ||
        area.name === 'Schiermonnikoog' ||
        (level === 'regio' && area.name === 'Zeeland');
      const name = level === 'regio' ? `Gemeenten in ${area.name}` : area.name;
      return {
        // The organisation register writes codes in lower case.
        area: { code: area.code.toLowerCase(), name, type: level },
        period,
        count: suppressed ? null : (level === 'regio' ? 400 : 10) + i + p,
        rate: suppressed || level === 'regio' ? null : 1.5 + p,
        suppressed,
      };
    }),
  );
}

function answer(level: Level): NationalAnswer {
  return {
    level,
    granularity: 'quarter',
    filter: { kind: null, target: null },
    k: 10,
    periods: PERIODS,
    cells: cellsOf(level),
    totals: PERIODS.map((period, p) => ({
      area: { code: 'gemeente', name: 'Gemeenten', type: 'layer' },
      period,
      count: 5000 + p,
      rate: 2.5,
      suppressed: false,
    })),
    denominator: {
      source: 'Monitor Integriteit en Veiligheid 2025',
      population: 'both',
      synthetic: false,
    },
    refreshedAt: null,
  };
}

/** The national route answers the level asked for. */
function answerEachLevel(api: ReturnType<typeof fakeApi>) {
  api.on('get', '/api/v1/orgs/{orgId}/insight/national', (request) =>
    answer((new URL(request.url).searchParams.get('level') ?? 'gemeente') as Level),
  );
}

afterEach(resetPage);

describe('the national page', () => {
  it('shows the latest quarter on the map and in the table, with the same numbers', async () => {
    const api = fakeApi();
    loggedIn(api, ['national_analyst']);
    answerEachLevel(api);
    await renderPage(api, '/inzicht/landelijk', '/inzicht/landelijk', <NationalPage />, texts);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Meldingen per gemeente, 2026-Q2' }),
    ).toBeTruthy();
    const query = new URL(
      api.calls('get', '/api/v1/orgs/{orgId}/insight/national')[0]?.request.url ?? '',
    ).searchParams;
    expect(query.get('level')).toBe('gemeente');
    expect(query.get('granularity')).toBe('quarter');

    const map = screen.getByRole('group', { name: 'Meldingen per gemeente, 2026-Q2' });
    expect(map.querySelectorAll('path[data-code]')).toHaveLength(342);
    const groningen = within(map).getByRole('img', { name: /^Groningen: / });
    const table = screen.getByRole('table', { name: 'Meldingen per gemeente, 2026-Q2' });
    const row = within(table)
      .getByRole('rowheader', { name: 'Groningen' })
      .closest('tr') as HTMLElement;
    const count = row.querySelector('[data-column="count"]')?.textContent;
    expect(groningen.getAttribute('aria-label')).toBe(
      `Groningen: ${count} meldingen, 2,5 per 100 ambtsdragers of medewerkers`,
    );
    expect(
      within(map).getByRole('img', {
        name: 'Vlieland: onderdrukt: te weinig meldingen, of terug te rekenen tot een klein aantal',
      }),
    ).toBeTruthy();
    expect(
      within(table).getAllByText(
        'onderdrukt: te weinig meldingen, of terug te rekenen tot een klein aantal',
      ),
    ).toHaveLength(2);

    // The trend lists the total of each period; the CSV link and the under-registration link.
    const trend = screen.getByRole('table', { name: 'Totaal per periode' });
    expect(
      within(trend)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'PeriodeMeldingenPer 100 ambtsdragers of medewerkers',
      '2026-Q15.0002,5',
      '2026-Q25.0012,5',
    ]);
    const download = screen.getByRole('link', { name: /Download deze cijfers/ });
    expect(download.getAttribute('download')).toMatch(/\.csv$/);
    const csv = decodeURIComponent(
      (download.getAttribute('href') ?? '').split(',').slice(1).join(','),
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('periode,type,code,naam,aantal,per_100,onderdrukt');
    expect(lines).toContain(`2026-Q2,gemeente,GM0014,Groningen,${count},2.5,nee`);
    expect(lines).toContain('2026-Q2,gemeente,GM0096,Vlieland,,,ja');
    expect(lines).toHaveLength(1 + 342 * 2 + 1);
    expect(screen.getByRole('link', { name: /onderregistratie/ }).getAttribute('href')).toBe(
      '/inzicht/onderregistratie',
    );
  });

  it('asks only the fixed questions: a level, a filter, and the earlier period on the map', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    loggedIn(api, ['researcher']);
    answerEachLevel(api);
    await renderPage(api, '/inzicht/landelijk', '/inzicht/landelijk', <NationalPage />, texts);
    await screen.findByRole('group', { name: /Meldingen per gemeente/ });

    await user.selectOptions(screen.getByLabelText('Niveau'), 'provincie');
    const map = await screen.findByRole('group', { name: 'Meldingen per provincie, 2026-Q2' });
    expect(map.querySelectorAll('path[data-code]')).toHaveLength(12);
    // Provinces open their own page.
    expect(within(map).getByRole('link', { name: /^Utrecht: / })).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Welke meldingen'), 'kind:threat');
    await waitFor(() => {
      const last = api.calls('get', '/api/v1/orgs/{orgId}/insight/national').at(-1);
      const query = new URL(last?.request.url ?? '').searchParams;
      expect(query.get('kind')).toBe('threat');
      expect(query.get('level')).toBe('provincie');
      expect(query.has('target')).toBe(false);
    });

    await user.selectOptions(await screen.findByLabelText('Periode'), '2026-Q1');
    expect(
      await screen.findByRole('group', { name: 'Meldingen per provincie, 2026-Q1' }),
    ).toBeTruthy();
  });

  it('colours the provinces by their municipalities together, the table in the same words', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    loggedIn(api, ['national_analyst']);
    answerEachLevel(api);
    await renderPage(api, '/inzicht/landelijk', '/inzicht/landelijk', <NationalPage />, texts);
    await screen.findByRole('group', { name: /Meldingen per gemeente/ });
    const level = screen.getByLabelText('Niveau');
    expect(
      within(level).getByRole('option', { name: 'Regio (gemeenten per provincie)' }),
    ).toBeTruthy();
    await user.selectOptions(level, 'regio');
    const subject = 'Meldingen van alle gemeenten per provincie, 2026-Q2';
    const map = await screen.findByRole('group', { name: subject });
    const last = api.calls('get', '/api/v1/orgs/{orgId}/insight/national').at(-1);
    expect(new URL(last?.request.url ?? '').searchParams.get('level')).toBe('regio');
    const labels = [...map.querySelectorAll('path[data-code]')].map((p) =>
      p.getAttribute('aria-label'),
    );
    expect(labels).toHaveLength(12);
    expect(labels).toContain('Utrecht: 407 meldingen');
    expect(labels).toContain(
      'Zeeland: onderdrukt: te weinig meldingen, of terug te rekenen tot een klein aantal',
    );
    // The table names each province as its shape does and holds the same figure.
    const table = screen.getByRole('table', { name: subject });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    for (const row of rows) {
      const name = within(row).getByRole('rowheader').textContent;
      const count = row.querySelector('[data-column="count"]')?.textContent ?? '';
      const label = labels.find((l) => l?.startsWith(`${name}: `));
      expect(label, name ?? '').toBeTruthy();
      expect(label).toContain(count.startsWith('onderdrukt') ? count : `: ${count} meldingen`);
    }
    // A province opens its page.
    expect(within(map).getByRole('link', { name: /^Utrecht: / })).toBeTruthy();
  });

  it('shows one province with only its municipalities, their total above them', async () => {
    const api = fakeApi();
    loggedIn(api, ['national_analyst']);
    answerEachLevel(api);
    await renderPage(
      api,
      '/inzicht/landelijk/provincie/:code',
      '/inzicht/landelijk/provincie/PV20',
      <ProvincePage />,
      texts,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Gemeenten in Groningen' }),
    ).toBeTruthy();
    const map = await screen.findByRole('group', {
      name: /^Meldingen per gemeente in Groningen, 2026-Q2/,
    });
    const names = [...map.querySelectorAll('path[data-code]')].map(
      (p) => p.getAttribute('aria-label')?.split(':')[0],
    );
    expect(names).toHaveLength(10);
    expect(names).toContain('Groningen');
    expect(names).not.toContain('Amsterdam');
    const table = screen.getByRole('table', { name: /^Meldingen per gemeente in Groningen/ });
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    // The region, in the same period, above the map: Groningen is the first province (400 + 0 + 1).
    const region = await screen.findByRole('heading', {
      level: 2,
      name: 'Alle gemeenten in Groningen samen, 2026-Q2',
    });
    expect(region.nextElementSibling?.textContent).toBe('401 meldingen');
    const regionCall = api
      .calls('get', '/api/v1/orgs/{orgId}/insight/national')
      .map((c) => new URL(c.request.url).searchParams)
      .find((q) => q.get('level') === 'regio');
    expect(regionCall?.get('from')).toBeTruthy();
  });

  it('says so when the server refuses', async () => {
    const api = fakeApi();
    loggedIn(api, ['national_analyst']);
    api.problem('get', '/api/v1/orgs/{orgId}/insight/national', {
      status: 404,
      code: 'not_found',
      title: 'Niet gevonden',
    });
    await renderPage(api, '/inzicht/landelijk', '/inzicht/landelijk', <NationalPage />, texts);
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
