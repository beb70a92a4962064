import '../questionnaires/questionnaires.css';
import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts as questionnaireTexts } from '../questionnaires/i18n';
import { texts } from './i18n';

const officer = { roles: ['bibob_officer'] as const };

/** Bibob: policy and screening cases, for the organisation's Bibob officers only. */
export const routes: AppRoute[] = [
  {
    path: '/bibob',
    lazy: lazyPage(() => import('./pages/BibobPage'), 'BibobPage', texts),
    handle: officer,
  },
  {
    path: '/bibob/beleid',
    lazy: lazyPage(() => import('./pages/PolicyPage'), 'PolicyPage', texts),
    handle: officer,
  },
  {
    path: '/bibob/dossiers',
    lazy: lazyPage(() => import('./pages/CasesPage'), 'CasesPage', texts),
    handle: officer,
  },
  {
    path: '/bibob/dossiers/nieuw',
    lazy: lazyPage(() => import('./pages/NewCasePage'), 'NewCasePage', texts),
    handle: officer,
  },
  {
    path: '/bibob/dossiers/:caseId',
    lazy: lazyPage(() => import('./pages/CasePage'), 'CasePage', texts),
    handle: officer,
  },
];

/** The applicant's questionnaire: reached by the single-use link, without login. */
export const publicRoutes: AppRoute[] = [
  {
    path: '/bibob/vragenformulier/:token',
    lazy: lazyPage(
      () => import('./pages/ApplicantPage'),
      'ApplicantPage',
      texts,
      questionnaireTexts,
    ),
  },
];
