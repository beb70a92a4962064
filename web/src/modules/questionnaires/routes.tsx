import './questionnaires.css';
import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts } from './i18n';

/** The questionnaire engine's pages: filling in, results, and authoring. */
export const routes: AppRoute[] = [
  {
    path: '/vragenlijsten/:responseId',
    lazy: lazyPage(() => import('./pages/FillPage'), 'FillPage', texts),
  },
  {
    path: '/vragenlijsten/:responseId/resultaat',
    lazy: lazyPage(() => import('./pages/ResultPage'), 'ResultPage', texts),
  },
  {
    path: '/beheer/vragenlijsten',
    lazy: lazyPage(() => import('./pages/AdminPage'), 'AdminPage', texts),
    handle: { roles: ['org_admin', 'researcher'] },
  },
  {
    path: '/beheer/vragenlijsten/voorbeeld/:versionId',
    lazy: lazyPage(() => import('./pages/PreviewPage'), 'PreviewPage', texts),
    handle: { roles: ['org_admin', 'researcher'] },
  },
];
