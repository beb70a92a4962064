import './i18n';
import '../questionnaires/i18n';
import '../questionnaires/questionnaires.css';
import type { AppRoute } from '../../app/route-types';

/** The self-scans: the overview (menu entry "Zelfscans") and the integrity risk analyses. */
export const routes: AppRoute[] = [
  {
    path: '/zelfscans',
    lazy: async () => ({ Component: (await import('./pages/ScansPage')).ScansPage }),
  },
  {
    path: '/zelfscans/risicoanalyses',
    lazy: async () => ({ Component: (await import('./pages/RiskAnalysesPage')).RiskAnalysesPage }),
  },
  {
    path: '/zelfscans/risicoanalyses/nieuw',
    lazy: async () => ({ Component: (await import('./pages/CommissionPage')).CommissionPage }),
    handle: { roles: ['integrity_officer'] },
  },
  {
    path: '/zelfscans/risicoanalyses/:responseId',
    lazy: async () => ({ Component: (await import('./pages/RiskAnalysisPage')).RiskAnalysisPage }),
  },
];
