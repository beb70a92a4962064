import type { AppRoute } from '../../app/route-types';
import './i18n';

const readers = { roles: ['researcher', 'national_analyst'] as const };

/** Monitor pages inside the app shell (researchers run waves; analysts read published ones). */
export const routes: AppRoute[] = [
  {
    path: '/monitor',
    lazy: async () => ({ Component: (await import('./pages/MonitorPage')).MonitorPage }),
    handle: readers,
  },
  {
    path: '/monitor/metingen/:waveId',
    lazy: async () => ({ Component: (await import('./pages/WavePage')).WavePage }),
    handle: readers,
  },
  {
    path: '/monitor/metingen/:waveId/importeren',
    lazy: async () => ({ Component: (await import('./pages/ImportPage')).ImportPage }),
    handle: { roles: ['researcher'] },
  },
  {
    path: '/monitor/metingen/:waveId/resultaten',
    lazy: async () => ({ Component: (await import('./pages/ResultsPage')).ResultsPage }),
    handle: readers,
  },
  {
    path: '/monitor/trends/:population',
    lazy: async () => ({ Component: (await import('./pages/TrendPage')).TrendPage }),
    handle: readers,
  },
  {
    path: '/monitor/rapporten/:reportId',
    lazy: async () => ({ Component: (await import('./pages/ReportPage')).ReportPage }),
    handle: readers,
  },
];

/** The invitee's survey: reachable by the token in the invitation, without login. */
export const publicRoutes: AppRoute[] = [
  {
    path: '/monitor/vragenlijst/:token',
    lazy: async () => ({ Component: (await import('./pages/SurveyPage')).SurveyPage }),
  },
];
