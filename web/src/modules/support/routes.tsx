import '../questionnaires/questionnaires.css';
import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts as incidentTexts } from '../incidents/i18n';
import { texts } from './i18n';

const TEAM = { roles: ['support_worker'] } as const;

/** Support (steun): the requester's pages and the support team's queue. */
export const routes: AppRoute[] = [
  {
    path: '/steun',
    lazy: lazyPage(() => import('./pages/SupportPage'), 'SupportPage', texts),
    handle: { roles: ['reporter', 'handler', 'support_worker'] },
  },
  {
    path: '/steun/nieuw',
    lazy: lazyPage(() => import('./pages/NewRequestPage'), 'NewRequestPage', texts, incidentTexts),
    handle: { roles: ['reporter', 'handler'] },
  },
  {
    path: '/steun/wachtrij',
    lazy: lazyPage(() => import('./pages/QueuePage'), 'QueuePage', texts),
    handle: TEAM,
  },
  {
    path: '/steun/wachtrij/:id',
    lazy: lazyPage(
      () => import('./pages/QueueRequestPage'),
      'QueueRequestPage',
      texts,
      incidentTexts,
    ),
    handle: TEAM,
  },
];
