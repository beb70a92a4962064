import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts } from './i18n';

/** Shell routes inside the app shell: the start page (loaded on first visit, like every page). */
export const routes: AppRoute[] = [
  { index: true, lazy: lazyPage(() => import('./pages/HomePage'), 'HomePage', texts) },
];
