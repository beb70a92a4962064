import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts as authTexts } from '../auth/i18n';
import { texts } from './i18n';
import { ACCOUNT_PATH, FORGOT_PASSWORD_PATH, RESET_PASSWORD_PATH } from './paths';

/** "Mijn account", inside the app shell (login required). */
export const routes: AppRoute[] = [
  {
    path: ACCOUNT_PATH,
    lazy: lazyPage(() => import('./pages/AccountPage'), 'AccountPage', texts, authTexts),
  },
];

/** Forgotten password: no session, so in the public layout. */
export const publicRoutes: AppRoute[] = [
  {
    path: FORGOT_PASSWORD_PATH,
    lazy: lazyPage(() => import('./pages/ForgotPasswordPage'), 'ForgotPasswordPage', texts),
  },
  {
    path: RESET_PASSWORD_PATH,
    lazy: lazyPage(
      () => import('./pages/ResetPasswordPage'),
      'ResetPasswordPage',
      texts,
      authTexts,
    ),
  },
];
