import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LOGIN_PATH, RETURN_PARAM } from './paths';
import { useSession } from './session';

/** Render children only for a logged-in person; others go to the login page and come back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'authenticated') return children;
  const back = `${location.pathname}${location.search}`;
  const query = back === '/' ? '' : `?${new URLSearchParams({ [RETURN_PARAM]: back })}`;
  return <Navigate to={`${LOGIN_PATH}${query}`} replace />;
}
