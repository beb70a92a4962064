import type { FastifyInstance } from 'fastify';
import { OIDC_STATE_COOKIE } from '../platform/auth/oidc/oidc.routes';
import { SESSION_COOKIE } from '../platform/auth/session-store';
import type { IdpAccount, TestIdp } from './oidc-idp';

/**
 * A whole OIDC login as a browser does it: start at the organisation's login
 * button, sign in at the (real) IdP as `who`, come back to the callback with
 * the state cookie. Returns where the browser was sent and the session cookie
 * with headers for API calls, if a session was opened.
 */
export async function oidcBrowserLogin(
  app: FastifyInstance,
  idp: TestIdp,
  organisationCode: string,
  who: IdpAccount,
) {
  const start = await app.inject({
    method: 'GET',
    url: `/api/v1/auth/oidc/${organisationCode}/start`,
  });
  const stateCookie = start.cookies.find((c) => c.name === OIDC_STATE_COOKIE)?.value;
  const location = start.headers.location as string;
  if (!stateCookie) return { location, session: undefined, headers: undefined };
  idp.signInAs(who);
  const back = await idp.authorize(location);
  const res = await app.inject({
    method: 'GET',
    url: `${back.pathname}${back.search}`,
    cookies: { [OIDC_STATE_COOKIE]: stateCookie },
  });
  const session = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  if (!session) return { location: res.headers.location as string, session, headers: undefined };
  const info = await app.inject({
    method: 'GET',
    url: '/api/v1/auth/session',
    cookies: { [SESSION_COOKIE]: session },
  });
  const headers = {
    cookie: `${SESSION_COOKIE}=${session}`,
    'x-csrf-token': String(info.json().csrfToken),
  };
  return { location: res.headers.location as string, session, headers };
}
