// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../../../test/fake-api';
import { loggedIn, renderPage, resetPage } from '../../../test/render-page';
import type { Release, ReleaseRow, ReleaseTables } from '../api';
import { texts } from '../i18n';
import { MAP } from '../map/areas';
import { PeersPage } from './PeersPage';
import { ReleasePage } from './ReleasePage';

const FIRST = '0f1e2d3c-4b5a-4968-8776-655443322110';
const CORRECTION = '1a2b3c4d-5e6f-4a0b-9c1d-2e3f4a5b6c7d';

const releases: Release[] = [
  {
    id: CORRECTION,
    quarter: '2026-Q2',
    correctsId: FIRST,
    k: 10,
    licence: 'CC BY 4.0',
    publishedAt: '2026-07-15T09:00:00Z',
    cells: 700,
  },
  {
    id: FIRST,
    quarter: '2026-Q2',
    correctsId: null,
    k: 10,
    licence: 'CC BY 4.0',
    publishedAt: '2026-07-10T09:00:00Z',
    cells: 700,
  },
];

function rows(offset: number): ReleaseRow[] {
  const area = (level: 'gemeente' | 'provincie') =>
    (level === 'gemeente' ? MAP.gemeenten : MAP.provincies).map(
      (a, i): ReleaseRow => ({
        filter: 'all',
        level,
        period: '2026-Q2',
        areaType: level,
        areaCode: a.code,
        areaName: a.name,
        count: i % 5 === 0 ? null : 10 + i + offset,
        rate: null,
        suppressed: i % 5 === 0,
      }),
    );
  return [
    ...area('gemeente'),
    ...area('provincie'),
    {
      filter: 'all',
      level: 'gemeente',
      period: '2026-Q2',
      areaType: 'layer',
      areaCode: 'gemeente',
      areaName: 'Gemeenten',
      count: 9000 + offset,
      rate: null,
      suppressed: false,
    },
  ];
}

function serve(api: ReturnType<typeof fakeApi>) {
  api
    .on('get', '/api/v1/auth/session', { authenticated: false })
    .on('get', '/api/v1/public/insight/releases', releases)
    .on('get', '/api/v1/public/insight/releases/{releaseId}/tables.json', (request) => {
      const id = new URL(request.url).pathname.split('/').at(-2);
      const release = releases.find((r) => r.id === id) ?? releases[0];
      return { release, rows: rows(id === FIRST ? 0 : 1) } as ReleaseTables;
    });
}

afterEach(resetPage);

describe('the public release page', () => {
  it('shows the latest release without login: map, table, downloads, licence, method, all releases', async () => {
    const api = fakeApi();
    serve(api);
    await renderPage(api, '/cijfers', '/cijfers', <ReleasePage />, texts);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Landelijke cijfers 2026-Q2' }),
    ).toBeTruthy();
    expect(
      api.calls('get', '/api/v1/public/insight/releases/{releaseId}/tables.json')[0]?.path,
    ).toContain(CORRECTION);
    const map = await screen.findByRole('group', { name: 'Meldingen per gemeente, 2026-Q2' });
    expect(map.querySelectorAll('path[data-code]')).toHaveLength(342);
    const table = screen.getByRole('table', { name: 'Meldingen per gemeente, 2026-Q2' });
    expect(within(table).getAllByRole('row')).toHaveLength(343);
    // A correction says so and links to the release it corrects.
    expect(
      screen.getByRole('link', { name: 'Bekijk de gecorrigeerde publicatie' }).getAttribute('href'),
    ).toBe(`/cijfers/${FIRST}`);
    const csv = screen.getByRole('link', { name: 'Alle tabellen (CSV)' });
    expect(csv.getAttribute('href')).toBe(
      `/api/v1/public/insight/releases/${CORRECTION}/tables.csv`,
    );
    expect(
      screen.getByRole('link', { name: 'Uitleg van de kolommen (JSON)' }).getAttribute('href'),
    ).toBe(`/api/v1/public/insight/releases/${CORRECTION}/data-dictionary.json`);
    expect(screen.getByText(/onder de licentie CC BY 4\.0/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Hoe we de cijfers beschermen' })).toBeTruthy();
    const all = screen.getByRole('heading', { name: 'Alle publicaties' })
      .nextElementSibling as HTMLElement;
    expect(
      within(all)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Cijfers 2026-Q2 (deze pagina) gepubliceerd op 15 juli 2026 (correctie van 2026-Q2)',
      'Cijfers 2026-Q2 gepubliceerd op 10 juli 2026',
    ]);
    // The layer total is no municipality.
    expect(within(table).queryByRole('rowheader', { name: 'Gemeenten' })).toBeNull();
  });

  it('shows an earlier release by its address, and provinces on request', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    serve(api);
    await renderPage(api, '/cijfers/:releaseId', `/cijfers/${FIRST}`, <ReleasePage />, texts);
    const table = await screen.findByRole('table', { name: 'Meldingen per gemeente, 2026-Q2' });
    const index = MAP.gemeenten.findIndex((g) => g.name === 'Amsterdam');
    const amsterdam = within(table).getByRole('rowheader', { name: 'Amsterdam' }).closest('tr');
    expect(amsterdam?.querySelector('[data-column="count"]')?.textContent).toBe(
      index % 5 === 0
        ? 'onderdrukt: te weinig meldingen, of terug te rekenen tot een klein aantal'
        : String(10 + index),
    );
    await user.selectOptions(screen.getByLabelText('Niveau'), 'provincie');
    const map = await screen.findByRole('group', { name: 'Meldingen per provincie, 2026-Q2' });
    expect(map.querySelectorAll('path[data-code]')).toHaveLength(12);
  });
});

describe('the size-class comparison', () => {
  it('shows the own figure beside the median, and says when the median is withheld', async () => {
    const api = fakeApi();
    loggedIn(api, ['handler']);
    api.on('get', '/api/v1/orgs/{orgId}/insight/peers', {
      organisation: { code: 'GM0363', name: 'Amsterdam', type: 'gemeente' },
      sizeClass: { code: 'g5', label: '100.000 inwoners of meer' },
      k: 10,
      minimumPeers: 5,
      figures: [
        { period: '2026-Q1', own: 42, median: 30.5, peers: 31, suppressed: false },
        { period: '2026-Q2', own: 12, median: null, peers: 31, suppressed: true },
      ],
    });
    await renderPage(api, '/inzicht/vergelijking', '/inzicht/vergelijking', <PeersPage />, texts);
    const table = await screen.findByRole('table', {
      name: 'Uw organisatie naast de mediaan van uw grootteklasse',
    });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'PeriodeUw organisatieMediaan grootteklasseOrganisaties in de klasse',
      '2026-Q14230,531',
      '2026-Q212niet getoond: te weinig organisaties of meldingen31',
    ]);
    expect(screen.getByText(/100\.000 inwoners of meer/)).toBeTruthy();
  });
});
