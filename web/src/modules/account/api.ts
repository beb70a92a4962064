import { type ApiResult, client, unwrap } from '../../api/client';

export type SessionSummary = ApiResult<'/api/v1/auth/sessions'>['sessions'][number];

export const accountApi = {
  requestReset: (email: string) =>
    unwrap(client.POST('/api/v1/auth/password-reset', { body: { email } })),
  reset: (token: string, newPassword: string) =>
    unwrap(client.POST('/api/v1/auth/password-reset/confirm', { body: { token, newPassword } })),
  sessions: () => unwrap(client.GET('/api/v1/auth/sessions')),
  endSession: (sessionId: string) =>
    unwrap(client.DELETE('/api/v1/auth/sessions/{sessionId}', { params: { path: { sessionId } } })),
  endOthers: () => unwrap(client.POST('/api/v1/auth/sessions/end-others')),
  totpSetup: (currentPassword: string) =>
    unwrap(client.POST('/api/v1/auth/totp/setup', { body: { currentPassword } })),
  totpEnable: (code: string) => unwrap(client.POST('/api/v1/auth/totp/enable', { body: { code } })),
  totpDisable: (currentPassword: string, code: string) =>
    unwrap(client.POST('/api/v1/auth/totp/disable', { body: { currentPassword, code } })),
};
