import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts } from './i18n';

/** Wijken en buurten: the org admin loads boundaries and CBS context figures. */
export const routes: AppRoute[] = [
  {
    path: '/beheer/wijken',
    lazy: lazyPage(() => import('./pages/DistrictsAdminPage'), 'DistrictsAdminPage', texts),
    handle: { roles: ['org_admin'] },
  },
];
