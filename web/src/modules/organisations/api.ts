import { type ApiResult, client, unwrap } from '../../api/client';

/** What an invitation link is for (POST /api/v1/invitations/lookup). */
export type InvitationView = ApiResult<'/api/v1/invitations/lookup', 'post'>;

/** The invitee's side of invitations; the token always travels in the body. */
export const invitationsApi = {
  lookup: (token: string) => unwrap(client.POST('/api/v1/invitations/lookup', { body: { token } })),
  accept: (token: string) => unwrap(client.POST('/api/v1/invitations/accept', { body: { token } })),
  register: (token: string, displayName: string, password: string) =>
    unwrap(client.POST('/api/v1/invitations/register', { body: { token, displayName, password } })),
};
