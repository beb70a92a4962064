import { type ApiResult, client, unwrap } from '../../api/client';

export type LoginResult = ApiResult<'/api/v1/auth/login', 'post'>;

export type SessionInfo = ApiResult<'/api/v1/auth/session'>;

/** An organisation whose people log in through its own identity provider (OIDC). */
export type OidcProvider = ApiResult<'/api/v1/auth/oidc/providers'>[number];

export const authApi = {
  session: () => unwrap(client.GET('/api/v1/auth/session')),
  login: (email: string, password: string) =>
    unwrap(client.POST('/api/v1/auth/login', { body: { email, password } })),
  loginTotp: (challenge: string, code: string) =>
    unwrap(client.POST('/api/v1/auth/login/totp', { body: { challenge, code } })),
  logout: () => unwrap(client.POST('/api/v1/auth/logout')),
  changePassword: (body: { currentPassword: string; newPassword: string; code?: string }) =>
    unwrap(client.POST('/api/v1/auth/password', { body })),
  oidcProviders: (signal?: AbortSignal) =>
    unwrap(client.GET('/api/v1/auth/oidc/providers', { signal })),
};

/** Where the browser goes to start single sign-on for an organisation. */
export function oidcStartUrl(organisationCode: string, returnTo = '/'): string {
  const query = new URLSearchParams({ returnTo });
  return `/api/v1/auth/oidc/${encodeURIComponent(organisationCode)}/start?${query.toString()}`;
}
