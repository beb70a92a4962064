import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts } from './i18n';

const ADMIN = { roles: ['org_admin'] } as const;
const itemForm = lazyPage(() => import('./pages/ItemFormPage'), 'ItemFormPage', texts);
const sessionPage = lazyPage(() => import('./pages/SessionPage'), 'SessionPage', texts);

/** Toolkit: the catalogue and its items (with training sessions); for everyone with a role. */
export const routes: AppRoute[] = [
  {
    path: '/toolkit',
    lazy: lazyPage(() => import('./pages/CataloguePage'), 'CataloguePage', texts),
  },
  { path: '/toolkit/nieuw', lazy: itemForm, handle: ADMIN },
  {
    path: '/toolkit/norm',
    lazy: lazyPage(() => import('./pages/NormEditPage'), 'NormEditPage', texts),
    handle: ADMIN,
  },
  {
    path: '/toolkit/trainingsoverzicht',
    lazy: lazyPage(() => import('./pages/TrainingOverviewPage'), 'TrainingOverviewPage', texts),
    handle: ADMIN,
  },
  {
    path: '/toolkit/bijeenkomsten/:sessionId',
    lazy: sessionPage,
    handle: { roles: ['org_admin', 'handler'] },
  },
  {
    path: '/toolkit/:slug',
    lazy: lazyPage(() => import('./pages/ItemPage'), 'ItemPage', texts),
  },
  { path: '/toolkit/:slug/bewerken', lazy: itemForm, handle: ADMIN },
  { path: '/toolkit/:slug/bijeenkomsten/nieuw', lazy: sessionPage, handle: ADMIN },
];

/** Without login: the organisation's published norm against aggression. */
export const publicRoutes: AppRoute[] = [
  {
    path: '/norm/:organisationCode',
    lazy: lazyPage(() => import('./pages/NormPage'), 'NormPage', texts),
  },
];
