import { createBrowserRouter, matchRoutes, Outlet } from 'react-router';
import * as account from '../modules/account/routes';
import * as admin from '../modules/admin/routes';
import * as auth from '../modules/auth/routes';
import * as bibob from '../modules/bibob/routes';
import * as districts from '../modules/districts/routes';
import * as incidents from '../modules/incidents/routes';
import * as insight from '../modules/insight/routes';
import * as integrity from '../modules/integrity/routes';
import * as monitor from '../modules/monitor/routes';
import * as national from '../modules/national/routes';
import * as notifications from '../modules/notifications/routes';
import * as organisations from '../modules/organisations/routes';
import * as platform from '../modules/platform/routes';
import * as questionnaires from '../modules/questionnaires/routes';
import * as scans from '../modules/scans/routes';
import { AppShell } from '../modules/shell/components/AppShell';
import { PublicLayout } from '../modules/shell/components/PublicLayout';
import { ComingSoonPage } from '../modules/shell/pages/ComingSoonPage';
import { NotFoundPage } from '../modules/shell/pages/NotFoundPage';
import { RouteErrorPage } from '../modules/shell/pages/RouteErrorPage';
import { LoadingPage, UnreachablePage } from '../modules/shell/pages/StatusPages';
import * as shell from '../modules/shell/routes';
import * as support from '../modules/support/routes';
import * as toolkit from '../modules/toolkit/routes';
import { NAV_ITEMS } from './navigation';
import { RequireAuth } from './RequireAuth';
import type { AppRoute, ModuleRoutes } from './route-types';
import { useSession } from './session';

/*
 * ── HOW A MODULE ADDS PAGES ───────────────────────────────────────────────
 * 1. Create web/src/modules/<name>/routes.tsx exporting (see ModuleRoutes):
 *      export const routes: AppRoute[] = [
 *        { path: '/meldingen/nieuw', element: <NewReportPage />, handle: { roles: ['reporter'] } },
 *      ];
 *      export const publicRoutes: AppRoute[] = [...]; // optional, no login needed
 *    `routes` render inside the app shell (login required); `handle.roles`
 *    limits a page to people with one of those roles in the active organisation.
 *    Prefer lazy pages to keep the first load small:
 *      { path: '/monitor', lazy: async () => ({ Component: (await import('./pages/MonitorPage')).MonitorPage }) }
 * 2. Add one line to MODULES below: `import * as incidents from '../modules/incidents/routes';`
 * 3. Menu entries live in app/navigation.ts. A menu path that no module
 *    serves yet shows the "coming soon" page automatically; once your route
 *    matches the path, your page replaces it.
 * 4. Texts: a top-level `"<name>": { ... }` object in web/src/i18n/nl.json and en.json.
 * ──────────────────────────────────────────────────────────────────────────
 */
const MODULES: readonly ModuleRoutes[] = [
  shell,
  auth,
  incidents,
  monitor,
  questionnaires,
  scans,
  integrity,
  organisations,
  support,
  insight,
  national,
  notifications,
  account,
  platform,
  admin,
  bibob,
  toolkit,
  districts,
];

const appRoutes: AppRoute[] = MODULES.flatMap((m) => m.routes ?? []);
const publicRoutes: AppRoute[] = MODULES.flatMap((m) => m.publicRoutes ?? []);

/** "Coming soon" pages for menu entries that no module serves yet. */
const placeholders: AppRoute[] = NAV_ITEMS.filter(
  (item) => !item.external && !matchRoutes(appRoutes, item.path),
).map((item) => ({
  path: item.path,
  element: <ComingSoonPage titleKey={item.labelKey} />,
  handle: { roles: item.roles },
}));

/** Wait for the session before rendering any route. */
function SessionGate() {
  const { status, startupError, retry } = useSession();
  if (status === 'loading') return <LoadingPage />;
  if (status === 'unreachable') return <UnreachablePage error={startupError} onRetry={retry} />;
  return <Outlet />;
}

/** Unknown paths: inside the app shell when logged in, else in the public layout. */
function NotFound() {
  const { status } = useSession();
  const Layout = status === 'authenticated' ? AppShell : PublicLayout;
  return (
    <Layout>
      <NotFoundPage />
    </Layout>
  );
}

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <SessionGate />,
      errorElement: <RouteErrorPage />,
      children: [
        { element: <PublicLayout />, children: publicRoutes },
        {
          element: (
            <RequireAuth>
              <AppShell />
            </RequireAuth>
          ),
          children: [...appRoutes, ...placeholders],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
