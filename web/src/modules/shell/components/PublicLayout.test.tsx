// @vitest-environment happy-dom
import { act, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTexts, setLanguage } from '../../../app/i18n';
import { SessionProvider } from '../../../app/session';
import { ThemeRoot } from '../../../app/theme';
import { fakeApi } from '../../../test/fake-api';
import { resetPage } from '../../../test/render-page';
import { publicTexts } from '../../integrity/i18n';
import { AnonymousReportPage } from '../../integrity/pages/AnonymousReportPage';
import { PublicLayout } from './PublicLayout';

const PRIMARY = '--utrecht-button-primary-action-background-color';

beforeEach(async () => {
  fakeApi()
    .on('get', '/api/v1/auth/session', { authenticated: false })
    .on('get', '/api/v1/organisations', [
      {
        code: 'gm0363',
        name: 'Gemeente Amsterdam',
        type: 'gemeente',
        theme: { [PRIMARY]: '#0b3d91', '--utrecht-document-font-family': 'Verdana, sans-serif' },
        logoUrl: null,
      },
    ])
    .on('get', '/api/v1/integrity/{organisationCode}/channel', {
      organisationCode: 'gm0363',
      organisationName: 'Gemeente Amsterdam',
      acknowledgementDays: 7,
      feedbackMonths: 3,
    });
  await setLanguage('nl', false);
  await loadTexts(publicTexts);
});

afterEach(() => {
  resetPage();
  window.sessionStorage.clear();
});

const themedRoot = () => document.querySelector<HTMLElement>('.weerbaar-root')!;

describe('the theme of an organisation on its public pages', () => {
  it('the anonymous integrity report page shows the primary colour of its organisation, and leaving removes it', async () => {
    const router = createMemoryRouter(
      [
        {
          element: <PublicLayout />,
          children: [
            { path: '/integriteit/melden/:organisationCode', element: <AnonymousReportPage /> },
            { path: '/elders', element: <p>Een pagina van geen organisatie</p> },
          ],
        },
      ],
      { initialEntries: ['/integriteit/melden/gm0363'] },
    );
    render(
      <SessionProvider>
        <ThemeRoot>
          <RouterProvider router={router} />
        </ThemeRoot>
      </SessionProvider>,
    );
    await screen.findByText(/U meldt bij Gemeente Amsterdam/);
    await waitFor(() => expect(themedRoot().style.getPropertyValue(PRIMARY)).toBe('#0b3d91'));
    expect(themedRoot().style.getPropertyValue('--utrecht-document-font-family')).toBe(
      'Verdana, sans-serif',
    );

    await act(() => router.navigate('/elders'));
    await screen.findByText('Een pagina van geen organisatie');
    await waitFor(() => expect(themedRoot().style.getPropertyValue(PRIMARY)).toBe(''));
  });
});
