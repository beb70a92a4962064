import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts } from './i18n';

const readers = { roles: ['researcher', 'national_analyst'] as const };

/** Monitor pages inside the app shell (researchers run waves; analysts read published ones). */
export const routes: AppRoute[] = [
  {
    path: '/monitor',
    lazy: lazyPage(() => import('./pages/MonitorPage'), 'MonitorPage', texts),
    handle: readers,
  },
  {
    path: '/monitor/metingen/:waveId',
    lazy: lazyPage(() => import('./pages/WavePage'), 'WavePage', texts),
    handle: readers,
  },
  {
    path: '/monitor/metingen/:waveId/importeren',
    lazy: lazyPage(() => import('./pages/ImportPage'), 'ImportPage', texts),
    handle: { roles: ['researcher'] },
  },
  {
    path: '/monitor/metingen/:waveId/resultaten',
    lazy: lazyPage(() => import('./pages/ResultsPage'), 'ResultsPage', texts),
    handle: readers,
  },
  {
    path: '/monitor/trends/:population',
    lazy: lazyPage(() => import('./pages/TrendPage'), 'TrendPage', texts),
    handle: readers,
  },
  {
    path: '/monitor/rapporten/:reportId',
    lazy: lazyPage(() => import('./pages/ReportPage'), 'ReportPage', texts),
    handle: readers,
  },
];

/** The invitee's survey (by the token in the invitation) and the published reports: no login. */
export const publicRoutes: AppRoute[] = [
  {
    path: '/publicaties/monitor',
    lazy: lazyPage(() => import('./pages/PublicReportPage'), 'PublicReportsPage', texts),
  },
  {
    path: '/publicaties/monitor/:reportId',
    lazy: lazyPage(() => import('./pages/PublicReportPage'), 'PublicReportPage', texts),
  },
  {
    path: '/monitor/vragenlijst/:token',
    lazy: lazyPage(() => import('./pages/SurveyPage'), 'SurveyPage', texts),
  },
];
