import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts } from './i18n';
import { PLATFORM_PATH, PLATFORM_STATUS_PATH } from './paths';

/** Platform administration (platform admins; the pages and the server check it). */
export const routes: AppRoute[] = [
  {
    path: PLATFORM_PATH,
    lazy: lazyPage(() => import('./pages/PlatformPage'), 'PlatformPage', texts),
  },
  {
    path: PLATFORM_STATUS_PATH,
    lazy: lazyPage(() => import('./pages/PlatformStatusPage'), 'PlatformStatusPage', texts),
  },
];
