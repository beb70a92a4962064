import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts } from './i18n';

const analysts = { roles: ['national_analyst', 'researcher'] as const };

/** National insight (analysts, researchers) and the comparison with the size class (members). */
export const routes: AppRoute[] = [
  {
    path: '/inzicht/landelijk',
    lazy: lazyPage(() => import('./pages/NationalPage'), 'NationalPage', texts),
    handle: analysts,
  },
  {
    path: '/inzicht/landelijk/provincie/:code',
    lazy: lazyPage(() => import('./pages/ProvincePage'), 'ProvincePage', texts),
    handle: analysts,
  },
  {
    path: '/inzicht/vergelijking',
    lazy: lazyPage(() => import('./pages/PeersPage'), 'PeersPage', texts),
    handle: { roles: ['handler', 'integrity_officer', 'org_admin', 'executive'] },
  },
];

/** The published national releases: open data, without login. */
export const publicRoutes: AppRoute[] = [
  {
    path: '/cijfers',
    lazy: lazyPage(() => import('./pages/ReleasePage'), 'ReleasePage', texts),
  },
  {
    path: '/cijfers/:releaseId',
    lazy: lazyPage(() => import('./pages/ReleasePage'), 'ReleasePage', texts),
  },
];
