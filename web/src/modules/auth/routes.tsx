import { CHANGE_PASSWORD_PATH, LOGIN_PATH } from '../../app/paths';
import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts } from './i18n';

/** Account pages, inside the app shell (login required). */
export const routes: AppRoute[] = [
  {
    path: CHANGE_PASSWORD_PATH,
    lazy: lazyPage(() => import('./pages/ChangePasswordPage'), 'ChangePasswordPage', texts),
  },
];

/** Login needs no session, so it lives in the public layout. */
export const publicRoutes: AppRoute[] = [
  { path: LOGIN_PATH, lazy: lazyPage(() => import('./pages/LoginPage'), 'LoginPage', texts) },
];
