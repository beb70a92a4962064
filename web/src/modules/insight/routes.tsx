import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts as incidentTexts } from '../incidents/i18n';
import { texts } from './i18n';

/** Insight: the organisation's dashboard (menu entry "Inzicht"). */
export const routes: AppRoute[] = [
  {
    path: '/inzicht',
    lazy: lazyPage(() => import('./pages/DashboardPage'), 'DashboardPage', texts, incidentTexts),
    handle: { roles: ['handler', 'integrity_officer', 'org_admin', 'executive'] },
  },

  {
    path: '/inzicht/onderregistratie',
    lazy: lazyPage(() => import('./pages/UnderRegistrationPage'), 'UnderRegistrationPage', texts),
    handle: { roles: ['national_analyst', 'researcher'] },
  },
];
