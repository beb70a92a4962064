import './i18n';
import './questionnaires.css';
import type { AppRoute } from '../../app/route-types';

/** The questionnaire engine's pages: filling in, results, and authoring. */
export const routes: AppRoute[] = [
  {
    path: '/vragenlijsten/:responseId',
    lazy: async () => ({ Component: (await import('./pages/FillPage')).FillPage }),
  },
  {
    path: '/vragenlijsten/:responseId/resultaat',
    lazy: async () => ({ Component: (await import('./pages/ResultPage')).ResultPage }),
  },
  {
    path: '/beheer/vragenlijsten',
    lazy: async () => ({ Component: (await import('./pages/AdminPage')).AdminPage }),
    handle: { roles: ['org_admin', 'researcher'] },
  },
  {
    path: '/beheer/vragenlijsten/voorbeeld/:versionId',
    lazy: async () => ({ Component: (await import('./pages/PreviewPage')).PreviewPage }),
    handle: { roles: ['org_admin', 'researcher'] },
  },
];
