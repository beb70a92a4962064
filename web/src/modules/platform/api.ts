import { type ApiBody, type ApiResult, client, unwrap } from '../../api/client';

export type AdminOrganisation = ApiResult<'/api/v1/admin/organisations'>['organisations'][number];
export type OfficialOrganisation =
  ApiResult<'/api/v1/admin/official-organisations'>['results'][number];
export type PlatformStatus = ApiResult<'/api/v1/admin/status'>;
export type QueueStatus = PlatformStatus['queues'][number];
export type SetUpBody = ApiBody<'/api/v1/admin/organisations/setup', 'post'>;

export const platformApi = {
  search: (q: string) =>
    unwrap(
      client.GET('/api/v1/admin/official-organisations', { params: { query: { q, limit: 20 } } }),
    ),
  organisations: () => unwrap(client.GET('/api/v1/admin/organisations')),
  setUp: (body: SetUpBody) => unwrap(client.POST('/api/v1/admin/organisations/setup', { body })),
  deactivate: (orgId: string) =>
    unwrap(
      client.POST('/api/v1/admin/organisations/{orgId}/deactivate', {
        params: { path: { orgId } },
      }),
    ),
  reactivate: (orgId: string) =>
    unwrap(
      client.POST('/api/v1/admin/organisations/{orgId}/reactivate', {
        params: { path: { orgId } },
      }),
    ),
  status: () => unwrap(client.GET('/api/v1/admin/status')),
};
