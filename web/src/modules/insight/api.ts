import { type ApiResult, client, unwrap } from '../../api/client';

export type Dashboard = ApiResult<'/api/v1/orgs/{orgId}/insight/dashboard'>;
export type DashboardTable = Dashboard['tables'][number];
export type Granularity = Dashboard['granularity'];

/** The dashboard's query as the address bar and the API carry it. */
export interface DashboardFilters {
  granularity: Granularity;
  from: string;
  to: string;
  kind: string;
}

export const GRANULARITIES: readonly Granularity[] = ['month', 'quarter', 'year'];

/** The filters in the address bar (unknown values fall back to the defaults). */
export function filtersOf(params: URLSearchParams): DashboardFilters {
  const g = params.get('granularity');
  const month = (v: string | null) => (v && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? v : '');
  return {
    granularity: GRANULARITIES.includes(g as Granularity) ? (g as Granularity) : 'month',
    from: month(params.get('from')),
    to: month(params.get('to')),
    kind: params.get('kind') ?? '',
  };
}

/** The query string for the API and the CSV links: empty filters left out. */
export function queryOf(f: DashboardFilters, extra: Record<string, string> = {}): string {
  return new URLSearchParams(
    Object.entries({ ...f, ...extra }).filter(([, value]) => value !== ''),
  ).toString();
}

const orgPath = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}`;

export const insightApi = {
  dashboard: (orgId: string, f: DashboardFilters) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/insight/dashboard', {
        params: {
          path: { orgId },
          query: {
            granularity: f.granularity,
            from: f.from || undefined,
            to: f.to || undefined,
            kind: (f.kind || undefined) as never,
          },
        },
      }),
    ),
  /** A CSV download of all tables, or of one; opened as a normal link. */
  csvUrl: (orgId: string, f: DashboardFilters, table?: string) =>
    `${orgPath(orgId)}/insight/dashboard.csv?${queryOf(f, table ? { table } : {})}`,
};

export type DistrictInsight = ApiResult<'/api/v1/orgs/{orgId}/insight/districts'>;
export type DistrictRow = DistrictInsight['wijken'][number];

/** Reports in a public place per wijk and buurt, and the same table as CSV. */
export const districtInsightApi = {
  view: (orgId: string, from: string, to: string) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/insight/districts', {
        params: { path: { orgId }, query: { from, to } },
      }),
    ),
  csvUrl: (orgId: string, from: string, to: string) =>
    `${orgPath(orgId)}/insight/districts.csv?${new URLSearchParams({ from, to })}`,
};

export type UnderRegistration = ApiResult<'/api/v1/orgs/{orgId}/insight/under-registration'>;
export type Headcount = NonNullable<UnderRegistration['headcount']>;

export const underRegistrationApi = {
  organisation: (orgId: string, year?: number) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/insight/under-registration', {
        params: { path: { orgId }, query: { year } },
      }),
    ),
  national: (orgId: string, year?: number) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/insight/under-registration/national', {
        params: { path: { orgId }, query: { year } },
      }),
    ),
  saveHeadcount: (orgId: string, body: Headcount) =>
    unwrap(
      client.PUT('/api/v1/orgs/{orgId}/insight/headcount', { params: { path: { orgId } }, body }),
    ),
};
