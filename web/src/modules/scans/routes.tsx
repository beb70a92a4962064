import '../questionnaires/questionnaires.css';
import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts as questionnaireTexts } from '../questionnaires/i18n';
import { texts } from './i18n';

/** The self-scans: the overview (menu entry "Zelfscans") and the integrity risk analyses. */
export const routes: AppRoute[] = [
  {
    path: '/zelfscans',
    lazy: lazyPage(() => import('./pages/ScansPage'), 'ScansPage', texts, questionnaireTexts),
  },
  {
    path: '/zelfscans/:questionnaireId/overzicht',
    lazy: lazyPage(
      () => import('./pages/SharedResultsPage'),
      'SharedResultsPage',
      texts,
      questionnaireTexts,
    ),
  },
  {
    path: '/zelfscans/risicoanalyses',
    lazy: lazyPage(
      () => import('./pages/RiskAnalysesPage'),
      'RiskAnalysesPage',
      texts,
      questionnaireTexts,
    ),
  },
  {
    path: '/zelfscans/risicoanalyses/nieuw',
    lazy: lazyPage(
      () => import('./pages/CommissionPage'),
      'CommissionPage',
      texts,
      questionnaireTexts,
    ),
    handle: { roles: ['integrity_officer'] },
  },
  {
    path: '/zelfscans/risicoanalyses/:responseId',
    lazy: lazyPage(
      () => import('./pages/RiskAnalysisPage'),
      'RiskAnalysisPage',
      texts,
      questionnaireTexts,
    ),
  },
  {
    path: '/zelfscans/:responseId/plan',
    lazy: lazyPage(
      () => import('./pages/ProcessPlanPage'),
      'ProcessPlanPage',
      texts,
      questionnaireTexts,
    ),
  },
];
