import { LOGIN_PATH } from '../../app/paths';
import type { AppRoute } from '../../app/route-types';
import { LoginPage } from './pages/LoginPage';

/** Login needs no session, so it lives in the public layout. */
export const publicRoutes: AppRoute[] = [{ path: LOGIN_PATH, element: <LoginPage /> }];
