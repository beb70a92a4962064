import { type ApiResult, client, unwrap } from '../../api/client';

export type DistrictList = ApiResult<'/api/v1/orgs/{orgId}/districts'>;
export type District = DistrictList['districts'][number];

/** Wijken and buurten: the list (picker, admin page) and the two uploads. */
export const districtsApi = {
  list: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/districts', { params: { path: { orgId } } })),
  uploadBoundaries: (orgId: string, fileName: string, content: string) =>
    unwrap(
      client.PUT('/api/v1/orgs/{orgId}/districts/boundaries', {
        params: { path: { orgId } },
        body: { fileName, content },
      }),
    ),
  uploadFigures: (orgId: string, fileName: string, content: string) =>
    unwrap(
      client.PUT('/api/v1/orgs/{orgId}/districts/figures', {
        params: { path: { orgId } },
        body: { fileName, content },
      }),
    ),
};
