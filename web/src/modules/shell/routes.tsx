import type { AppRoute } from '../../app/route-types';
import { HomePage } from './pages/HomePage';

/** Shell routes inside the app shell: the start page. */
export const routes: AppRoute[] = [{ index: true, element: <HomePage /> }];
