import { type AppRoute, lazyPage } from '../../app/route-types';
import { texts } from './i18n';

/** Toolkit: the catalogue and its items (with training sessions); for everyone with a role. */
export const routes: AppRoute[] = [
  {
    path: '/toolkit',
    lazy: lazyPage(() => import('./pages/CataloguePage'), 'CataloguePage', texts),
  },
  {
    path: '/toolkit/:slug',
    lazy: lazyPage(() => import('./pages/ItemPage'), 'ItemPage', texts),
  },
];
