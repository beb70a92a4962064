import { type ApiBody, type ApiResult, client, unwrap } from '../../api/client';

export type MyRequest = ApiResult<'/api/v1/orgs/{orgId}/support-requests/{requestId}'>;
export type QueueRequest = ApiResult<'/api/v1/orgs/{orgId}/support-queue/{requestId}'>;
export type RequestBody = ApiBody<'/api/v1/orgs/{orgId}/support-requests', 'post'>;
export type StepBody = ApiBody<'/api/v1/orgs/{orgId}/support-queue/{requestId}/steps', 'post'>;
export type SupportKind = MyRequest['kind'];
export type SupportStatus = MyRequest['status'];

const org = (orgId: string) => ({ params: { path: { orgId } } });
const one = (orgId: string, requestId: string) => ({ params: { path: { orgId, requestId } } });

export const supportApi = {
  mine: (orgId: string) => unwrap(client.GET('/api/v1/orgs/{orgId}/support-requests', org(orgId))),
  send: (orgId: string, body: RequestBody) =>
    unwrap(client.POST('/api/v1/orgs/{orgId}/support-requests', { ...org(orgId), body })),
  referral: (orgId: string, incidentId: string) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/support-referrals/{incidentId}', {
        params: { path: { orgId, incidentId } },
      }),
    ),
  queue: (orgId: string) => unwrap(client.GET('/api/v1/orgs/{orgId}/support-queue', org(orgId))),
  queued: (orgId: string, id: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/support-queue/{requestId}', one(orgId, id))),
  step: (orgId: string, id: string, body: StepBody) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/support-queue/{requestId}/steps', {
        ...one(orgId, id),
        body,
      }),
    ),
};

export const KINDS = ['support_team', 'legal', 'home_security'] as const;
