import { type ApiBody, type ApiResult, client, formBody, unwrap } from '../../api/client';

export type Member = ApiResult<'/api/v1/orgs/{orgId}/members'>[number];
export type OpenInvitation = ApiResult<'/api/v1/orgs/{orgId}/invitations'>[number];
export type ApiToken = ApiResult<'/api/v1/orgs/{orgId}/api-tokens'>[number];
export type CreatedToken = ApiResult<'/api/v1/orgs/{orgId}/api-tokens', 'post'>;
export type AuditPage = ApiResult<'/api/v1/orgs/{orgId}/audit-log'>;
export type AuditEvent = AuditPage['events'][number];
export type ChainStatus = ApiResult<'/api/v1/orgs/{orgId}/audit-log/verify'>;
export type OidcSettings = ApiResult<'/api/v1/orgs/{orgId}/oidc'>;
export type OidcTestResult = ApiResult<'/api/v1/orgs/{orgId}/oidc/test', 'post'>;
export type Profile = ApiResult<'/api/v1/orgs/{orgId}/profile'>;
export type RetentionTerm = ApiResult<'/api/v1/orgs/{orgId}/retention-terms'>[number];
export type AuditQuery = {
  personId?: string;
  objectType?: string;
  objectId?: string;
  action?: string;
  from?: string;
  to?: string;
};

const org = (orgId: string) => ({ params: { path: { orgId } } });
const member = (orgId: string, personId: string) => ({ params: { path: { orgId, personId } } });
const invitation = (orgId: string, invitationId: string) => ({
  params: { path: { orgId, invitationId } },
});

/** The organisation admin area's calls (members, invitations, tokens, SSO, profile, audit log). */
export const adminApi = {
  organisation: (orgId: string) => unwrap(client.GET('/api/v1/orgs/{orgId}/', org(orgId))),
  uploadLogo: (orgId: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return unwrap(client.PUT('/api/v1/orgs/{orgId}/logo', { ...org(orgId), body: formBody(form) }));
  },
  retentionTerms: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/retention-terms', org(orgId))),
  saveRetentionTerms: (
    orgId: string,
    body: ApiBody<'/api/v1/orgs/{orgId}/retention-terms', 'put'>,
  ) => unwrap(client.PUT('/api/v1/orgs/{orgId}/retention-terms', { ...org(orgId), body })),
  removeLogo: (orgId: string) => unwrap(client.DELETE('/api/v1/orgs/{orgId}/logo', org(orgId))),
  members: (orgId: string) => unwrap(client.GET('/api/v1/orgs/{orgId}/members', org(orgId))),
  invitations: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/invitations', org(orgId))),
  invite: (orgId: string, body: ApiBody<'/api/v1/orgs/{orgId}/members', 'post'>) =>
    unwrap(client.POST('/api/v1/orgs/{orgId}/members', { ...org(orgId), body })),
  setRoles: (orgId: string, personId: string, roles: Member['roles']) =>
    unwrap(
      client.PUT('/api/v1/orgs/{orgId}/members/{personId}/roles', {
        ...member(orgId, personId),
        body: { roles },
      }),
    ),
  deactivate: (orgId: string, personId: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/members/{personId}/deactivate', member(orgId, personId)),
    ),
  reactivate: (orgId: string, personId: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/members/{personId}/reactivate', member(orgId, personId)),
    ),
  remove: (orgId: string, personId: string) =>
    unwrap(client.DELETE('/api/v1/orgs/{orgId}/members/{personId}', member(orgId, personId))),
  resend: (orgId: string, invitationId: string) =>
    unwrap(
      client.POST(
        '/api/v1/orgs/{orgId}/invitations/{invitationId}/resend',
        invitation(orgId, invitationId),
      ),
    ),
  revokeInvitation: (orgId: string, invitationId: string) =>
    unwrap(
      client.DELETE(
        '/api/v1/orgs/{orgId}/invitations/{invitationId}',
        invitation(orgId, invitationId),
      ),
    ),
  tokens: (orgId: string) => unwrap(client.GET('/api/v1/orgs/{orgId}/api-tokens', org(orgId))),
  createToken: (orgId: string, body: ApiBody<'/api/v1/orgs/{orgId}/api-tokens', 'post'>) =>
    unwrap(client.POST('/api/v1/orgs/{orgId}/api-tokens', { ...org(orgId), body })),
  revokeToken: (orgId: string, tokenId: string) =>
    unwrap(
      client.DELETE('/api/v1/orgs/{orgId}/api-tokens/{tokenId}', {
        params: { path: { orgId, tokenId } },
      }),
    ),
  oidc: (orgId: string) => unwrap(client.GET('/api/v1/orgs/{orgId}/oidc', org(orgId))),
  saveOidc: (orgId: string, body: ApiBody<'/api/v1/orgs/{orgId}/oidc', 'put'>) =>
    unwrap(client.PUT('/api/v1/orgs/{orgId}/oidc', { ...org(orgId), body })),
  testOidc: (orgId: string, body: ApiBody<'/api/v1/orgs/{orgId}/oidc/test', 'post'>) =>
    unwrap(client.POST('/api/v1/orgs/{orgId}/oidc/test', { ...org(orgId), body })),
  profile: (orgId: string) => unwrap(client.GET('/api/v1/orgs/{orgId}/profile', org(orgId))),
  saveProfile: (orgId: string, body: ApiBody<'/api/v1/orgs/{orgId}/profile', 'put'>) =>
    unwrap(client.PUT('/api/v1/orgs/{orgId}/profile', { ...org(orgId), body })),
  saveTheme: (orgId: string, body: Record<string, string>) =>
    unwrap(client.PUT('/api/v1/orgs/{orgId}/theme', { ...org(orgId), body })),
  auditLog: (orgId: string, query: AuditQuery & { limit: number; offset: number }) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/audit-log', { params: { path: { orgId }, query } })),
  verifyAuditLog: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/audit-log/verify', org(orgId))),
};

/** Address of the CSV export with the same filters (a plain download link). */
export function auditExportHref(orgId: string, query: AuditQuery): string {
  const params = new URLSearchParams(
    Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])),
  );
  const qs = params.toString();
  return `/api/v1/orgs/${orgId}/audit-log/export${qs ? `?${qs}` : ''}`;
}
