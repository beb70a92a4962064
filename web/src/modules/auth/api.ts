import { api } from '../../api/client';

export type LoginResult =
  | { status: 'ok'; csrfToken: string }
  | { status: 'totp_required'; challenge: string };

export interface SessionInfo {
  authenticated: boolean;
  csrfToken?: string;
}

/** An organisation whose people log in through its own identity provider (OIDC). */
export interface OidcProvider {
  organisationCode: string;
  organisationName: string;
}

export const authApi = {
  session: () => api.get<SessionInfo>('/auth/session'),
  login: (email: string, password: string) =>
    api.post<LoginResult>('/auth/login', { email, password }),
  loginTotp: (challenge: string, code: string) =>
    api.post<LoginResult>('/auth/login/totp', { challenge, code }),
  logout: () => api.post<{ ok: true }>('/auth/logout'),
  changePassword: (body: { currentPassword: string; newPassword: string; code?: string }) =>
    api.post<{ ok: true; endedSessions: number }>('/auth/password', body),
  oidcProviders: (signal?: AbortSignal) =>
    api.get<OidcProvider[]>('/auth/oidc/providers', { signal }),
};

/** Where the browser goes to start single sign-on for an organisation. */
export function oidcStartUrl(organisationCode: string, returnTo = '/'): string {
  const query = new URLSearchParams({ returnTo });
  return `/api/v1/auth/oidc/${encodeURIComponent(organisationCode)}/start?${query.toString()}`;
}
