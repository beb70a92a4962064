import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { expect, vi } from 'vitest';
import { type ApiResult, setCsrfToken } from '../api/client';
import type { Membership } from '../modules/shell/api';
import '../app/i18n';
import { loadTexts, setLanguage, type TextBundle } from '../app/i18n';
import { SessionProvider } from '../app/session';
import type { fakeApi } from './fake-api';

type FakeApi = ReturnType<typeof fakeApi>;

/** The organisation the test person works in. */
export const ORG_ID = '8d3f2c1e-4b5a-4c6d-9e7f-0a1b2c3d4e5f';

/** A logged-in person: member of one municipality with the given roles. */
export function loggedIn(api: FakeApi, roles: Membership['roles']) {
  const me: ApiResult<'/api/v1/me'> = {
    id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
    displayName: 'Sanne de Vries',
    email: 'sanne@example.nl',
    locale: 'nl',
    isPlatformAdmin: false,
    platformAdminNeedsSecondFactor: false,
    memberships: [
      {
        organisationId: ORG_ID,
        code: 'gm0363',
        name: 'Gemeente Amsterdam',
        type: 'gemeente',
        roles,
      },
    ],
  };
  api
    .on('get', '/api/v1/auth/session', { authenticated: true, csrfToken: 'csrf-token' })
    .on('get', '/api/v1/me', me)
    .on('get', '/api/v1/orgs/{orgId}/', {
      id: ORG_ID,
      code: 'gm0363',
      name: 'Gemeente Amsterdam',
      type: 'gemeente',
      theme: {},
      logoUrl: null,
    });
  return me;
}

/**
 * Render one page at `url` (matched by `path`) inside the app's session, in Dutch, with its
 * module's texts loaded as its lazy route would; resolves once the session has asked who is
 * logged in.
 */
export async function renderPage(
  api: FakeApi,
  path: string,
  url: string,
  page: ReactElement,
  texts: TextBundle,
) {
  await setLanguage('nl', false);
  await loadTexts(texts);
  const view = render(
    <SessionProvider>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path={path} element={page} />
        </Routes>
      </MemoryRouter>
    </SessionProvider>,
  );
  await waitFor(() => expect(api.calls('get', '/api/v1/auth/session').length).toBe(1));
  return view;
}

/** The error summary (role alert) lists each message as a link to its field. */
export async function expectErrorSummary(messages: string[]): Promise<HTMLElement> {
  const summary = await screen.findByRole('alert');
  for (const message of messages)
    expect(within(summary).getByRole('link', { name: message })).toBeTruthy();
  return summary;
}

/** After each page test: unmount, the real fetch back, no session's CSRF token left. */
export function resetPage(): void {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
}
