import { type ApiBody, type ApiResult, client, formBody, unwrap } from '../../api/client';

/** Types of the Monitor API as the pages use them (see src/modules/monitor/monitor.schemas.ts). */
export type Wave = ApiResult<'/api/v1/orgs/{orgId}/monitor/waves'>[number];
export type WaveDetail = ApiResult<'/api/v1/orgs/{orgId}/monitor/waves/{waveId}'>;
export type Population = Wave['population'];
export type WaveStatus = Wave['status'];
export type ImportStatus = ApiResult<'/api/v1/orgs/{orgId}/monitor/imports/{importId}'>;
export type WaveResults = ApiResult<'/api/v1/orgs/{orgId}/monitor/waves/{waveId}/results'>;
export type Cell = WaveResults['estimates']['indicators'][number]['overall'];
export type Trends = ApiResult<'/api/v1/orgs/{orgId}/monitor/trends'>;
export type TrendStep = Trends['indicators'][number]['steps'][number];

const orgPath = (orgId: string) => ({ params: { path: { orgId } } });
const wavePath = (orgId: string, waveId: string) => ({ params: { path: { orgId, waveId } } });

/** A CSV or .sav upload with its text fields (blank ones left out). */
function upload(file: File, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v.trim() !== '') form.append(k, v);
  form.append('file', file);
  return formBody(form);
}

export const monitorApi = {
  waves: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/monitor/waves', orgPath(orgId))),
  wave: (orgId: string, waveId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/monitor/waves/{waveId}', wavePath(orgId, waveId))),
  createWave: (orgId: string, body: ApiBody<'/api/v1/orgs/{orgId}/monitor/waves', 'post'>) =>
    unwrap(client.POST('/api/v1/orgs/{orgId}/monitor/waves', { ...orgPath(orgId), body })),
  setStatus: (orgId: string, waveId: string, status: 'fielding' | 'closed') =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/monitor/waves/{waveId}/status', {
        ...wavePath(orgId, waveId),
        body: { status },
      }),
    ),
  publish: (orgId: string, waveId: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/monitor/waves/{waveId}/publish', wavePath(orgId, waveId)),
    ),
  responseRates: (orgId: string, waveId: string) =>
    unwrap(
      client.GET(
        '/api/v1/orgs/{orgId}/monitor/waves/{waveId}/response-rates',
        wavePath(orgId, waveId),
      ),
    ),
  importStatus: (orgId: string, importId: string) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/monitor/imports/{importId}', {
        params: { path: { orgId, importId } },
      }),
    ),
  results: (orgId: string, waveId: string) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/monitor/waves/{waveId}/results', wavePath(orgId, waveId)),
    ),
  trends: (orgId: string, population: Population) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/monitor/trends', {
        params: { path: { orgId }, query: { population } },
      }),
    ),
  reports: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/monitor/reports', orgPath(orgId))),
  report: (orgId: string, reportId: string) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/monitor/reports/{reportId}', {
        params: { path: { orgId, reportId } },
      }),
    ),
  /** Published reports are public: these need no login. */
  publicReports: () => unwrap(client.GET('/api/v1/public/monitor/reports')),
  publicReport: (reportId: string) =>
    unwrap(
      client.GET('/api/v1/public/monitor/reports/{reportId}', {
        params: { path: { reportId } },
      }),
    ),
  reportUrl: (reportId: string, format: 'html' | 'pdf') =>
    `/api/v1/public/monitor/reports/${encodeURIComponent(reportId)}/rapport.${format}`,
  /** Replace the wave's sampling frame (CSV). */
  uploadFrame: (orgId: string, waveId: string, file: File) =>
    unwrap(
      client.PUT('/api/v1/orgs/{orgId}/monitor/waves/{waveId}/frame', {
        ...wavePath(orgId, waveId),
        body: upload(file),
      }),
    ),
  /** Add invitees (CSV); each gets an anonymous link. */
  uploadInvitations: (orgId: string, waveId: string, file: File) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/monitor/waves/{waveId}/invitations', {
        ...wavePath(orgId, waveId),
        body: upload(file),
      }),
    ),
  /** Start importing responses (CSV or .sav); the import runs as a job. */
  startImport: (orgId: string, waveId: string, file: File, columns: Record<string, string>) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/monitor/waves/{waveId}/imports', {
        ...wavePath(orgId, waveId),
        body: upload(file, columns),
      }),
    ),
};

export const monitorPaths = {
  home: '/monitor',
  wave: (id: string) => `/monitor/metingen/${id}`,
  importPage: (id: string) => `/monitor/metingen/${id}/importeren`,
  results: (id: string) => `/monitor/metingen/${id}/resultaten`,
  trends: (population: Population) =>
    `/monitor/trends/${population === 'office_holders' ? 'ambtsdragers' : 'ambtenaren'}`,
  report: (id: string) => `/monitor/rapporten/${id}`,
  publicReports: '/publicaties/monitor',
  publicReport: (id: string) => `/publicaties/monitor/${id}`,
};
