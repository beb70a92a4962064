import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts } from './i18n';

/** Path of the invitation page; the server mails `/uitnodiging#<token>` (INVITATION_PAGE). */
export const INVITATION_PATH = '/uitnodiging';

/** The invitation page works with and without a session, so it lives in the public layout. */
export const publicRoutes: AppRoute[] = [
  {
    path: INVITATION_PATH,
    lazy: lazyPage(() => import('./pages/InvitationPage'), 'InvitationPage', texts),
  },
];
