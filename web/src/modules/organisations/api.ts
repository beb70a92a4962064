import { api } from '../../api/client';

/** What an invitation link is for (POST /api/v1/invitations/lookup). */
export interface InvitationView {
  organisationName: string;
  organisationCode: string;
  roles: string[];
  expiresAt: string;
  hasAccount: boolean;
  suggestedName: string | null;
}

/** The invitee's side of invitations; the token always travels in the body. */
export const invitationsApi = {
  lookup: (token: string) => api.post<InvitationView>('/invitations/lookup', { token }),
  accept: (token: string) =>
    api.post<{ organisationId: string; roles: string[] }>('/invitations/accept', { token }),
  register: (token: string, displayName: string, password: string) =>
    api.post<{ organisationId: string; email: string }>('/invitations/register', {
      token,
      displayName,
      password,
    }),
};
