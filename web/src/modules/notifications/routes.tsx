import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts } from './i18n';

/** Your notifications, your notification preferences, and the organisation's settings. */
export const routes: AppRoute[] = [
  {
    path: '/notificaties',
    lazy: lazyPage(() => import('./pages/NotificationsPage'), 'NotificationsPage', texts),
  },
  {
    path: '/account/notificaties',
    lazy: lazyPage(() => import('./pages/PreferencesPage'), 'PreferencesPage', texts),
  },
  {
    path: '/beheer/notificaties',
    lazy: lazyPage(() => import('./pages/SettingsPage'), 'SettingsPage', texts),
    handle: { roles: ['org_admin'] },
  },
];
