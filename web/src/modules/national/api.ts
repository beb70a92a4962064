import { type ApiQuery, type ApiResult, client, unwrap } from '../../api/client';

/** Types of the national statistics API as the pages use them (src/modules/national). */
export type NationalAnswer = ApiResult<'/api/v1/orgs/{orgId}/insight/national'>;
export type NationalCell = NationalAnswer['cells'][number];
export type NationalQuery = NonNullable<ApiQuery<'/api/v1/orgs/{orgId}/insight/national'>>;
export type Level = NonNullable<NationalQuery['level']>;
export type Granularity = NonNullable<NationalQuery['granularity']>;
export type Kind = NonNullable<NationalQuery['kind']>;
export type Target = NonNullable<NationalQuery['target']>;
export type PeersAnswer = ApiResult<'/api/v1/orgs/{orgId}/insight/peers'>;
export type Release = ApiResult<'/api/v1/public/insight/releases'>[number];
export type ReleaseTables = ApiResult<'/api/v1/public/insight/releases/{releaseId}/tables.json'>;
export type ReleaseRow = ReleaseTables['rows'][number];

/** The fixed choices the API allows (ADR 0036): nothing else can be asked. */
export const LEVELS: readonly Level[] = ['gemeente', 'regio', 'provincie', 'waterschap', 'layer'];
export const GRANULARITIES: readonly Granularity[] = ['quarter', 'year'];
export const KINDS: readonly Kind[] = [
  'verbal_aggression',
  'intimidation',
  'threat',
  'physical_violence',
  'discrimination',
  'sexual_intimidation',
  'property_damage',
  'stalking',
  'doxing',
  'online_hate',
];
export const TARGETS: readonly Target[] = ['office_holder', 'employee', 'relative', 'other'];
/** National figures start with the register's first full year. */
export const FIRST_QUARTER = '2025-Q1';

const releasePath = (releaseId: string) => ({ params: { path: { releaseId } } });

export const nationalApi = {
  national: (orgId: string, query: NationalQuery) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/insight/national', {
        params: { path: { orgId }, query },
      }),
    ),
  peers: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/insight/peers', { params: { path: { orgId } } })),
  releases: () => unwrap(client.GET('/api/v1/public/insight/releases')),
  release: (releaseId: string) =>
    unwrap(
      client.GET('/api/v1/public/insight/releases/{releaseId}/tables.json', {
        ...releasePath(releaseId),
      }),
    ),
};

/** Where a release's open data can be downloaded (served by the API, no login). */
export function releaseDownloads(releaseId: string) {
  const base = `/api/v1/public/insight/releases/${encodeURIComponent(releaseId)}`;
  return {
    csv: `${base}/tables.csv`,
    json: `${base}/tables.json`,
    dictionaryJson: `${base}/data-dictionary.json`,
    dictionaryCsv: `${base}/data-dictionary.csv`,
  };
}
