import { ApiError, api, type ProblemDetails } from '../../api/client';
import { formatPercent } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { authApi } from '../auth/api';

/** Types of the Monitor API as the pages use them (see src/modules/monitor/monitor.schemas.ts). */
export type Population = 'office_holders' | 'civil_servants';
export type WaveStatus = 'draft' | 'fielding' | 'closed' | 'published';

export interface Wave {
  id: string;
  year: number;
  population: Population;
  populationLabel: string;
  title: string;
  questionnaireKey: string;
  fieldStart: string;
  fieldEnd: string;
  status: WaveStatus;
  statusLabel: string;
  synthetic: boolean;
  minCellSize: number;
  nextStatuses: WaveStatus[];
}

export interface WaveDetail extends Wave {
  counts: {
    strata: number;
    invited: number;
    answered: number;
    pending: number;
    responses: number;
  } | null;
  publicationId: string | null;
}

export interface ResponseRates {
  strata: {
    code: string;
    layerLabel: string;
    roleLabel: string;
    sizeClass: string;
    population: number;
    invited: number;
    answered: number;
    rate: number | null;
    storedResponses: number;
    sampleSize: number | null;
  }[];
  invited: number;
  answered: number;
  rate: number | null;
  waitingInBatch: number;
}

export interface ImportIssue {
  line: number | null;
  column: string | null;
  message: string;
}

export interface ImportStatus {
  id: string;
  format: 'csv' | 'sav';
  status: 'queued' | 'running' | 'done' | 'failed';
  phase: string;
  processedRows: number;
  totalRows: number | null;
  percent: number;
  importedRows: number;
  issues: ImportIssue[];
  moreIssues: number;
  notes: string[];
}

export interface Cell {
  suppressed: boolean;
  n: number | null;
  p: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export interface IndicatorEstimate {
  key: string;
  name: string;
  description: string;
  baseLabel: string;
  comparabilityNote: string | null;
  overall: Cell;
  breakdowns: {
    dimension: string;
    label: string;
    categories: { code: string; label: string; cell: Cell }[];
  }[];
}

export interface Chart {
  id: string;
  indicator: string | null;
  dimension?: string | null;
  title: string;
  svg: string;
}

export interface WaveResults {
  wave: {
    id: string;
    year: number;
    title: string;
    populationLabel: string;
    synthetic: boolean;
    minCellSize: number;
  };
  response: { responses: number; approached: number | null; rate: number | null };
  estimates: { minCellSize: number; indicators: IndicatorEstimate[] };
  charts: Chart[];
}

export type TrendStep =
  | {
      fromYear: number;
      toYear: number;
      status: 'compared';
      difference: number;
      ciLow: number;
      ciHigh: number;
      pValue: number;
      significant: boolean;
    }
  | { fromYear: number; toYear: number; status: 'not_comparable'; note: string | null }
  | { fromYear: number; toYear: number; status: 'suppressed' | 'missing' };

export interface Trends {
  population: Population;
  years: number[];
  indicators: {
    key: string;
    name: string;
    points: { year: number; synthetic: boolean; cell: Cell | null }[];
    steps: TrendStep[];
    notes: string[];
  }[];
  charts: Chart[];
}

export interface Publication {
  id: string;
  waveId: string;
  title: string;
  year: number;
  population: Population;
  synthetic: boolean;
  publishedAt: string;
}

const base = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}/monitor`;

export const monitorApi = {
  waves: (orgId: string) => api.get<Wave[]>(`${base(orgId)}/waves`),
  wave: (orgId: string, waveId: string) => api.get<WaveDetail>(`${base(orgId)}/waves/${waveId}`),
  createWave: (orgId: string, body: Record<string, unknown>) =>
    api.post<Wave>(`${base(orgId)}/waves`, body),
  setStatus: (orgId: string, waveId: string, status: 'fielding' | 'closed') =>
    api.post<Wave>(`${base(orgId)}/waves/${waveId}/status`, { status }),
  publish: (orgId: string, waveId: string) =>
    api.post<Publication>(`${base(orgId)}/waves/${waveId}/publish`),
  responseRates: (orgId: string, waveId: string) =>
    api.get<ResponseRates>(`${base(orgId)}/waves/${waveId}/response-rates`),
  importStatus: (orgId: string, importId: string) =>
    api.get<ImportStatus>(`${base(orgId)}/imports/${importId}`),
  results: (orgId: string, waveId: string) =>
    api.get<WaveResults>(`${base(orgId)}/waves/${waveId}/results`),
  trends: (orgId: string, population: Population) =>
    api.get<Trends>(`${base(orgId)}/trends?population=${population}`),
  reports: (orgId: string) => api.get<Publication[]>(`${base(orgId)}/reports`),
  report: (orgId: string, reportId: string) =>
    api.get<{
      publication: Publication;
      content: { keyFigures: { key: string; name: string; cell: Cell }[] };
    }>(`${base(orgId)}/reports/${reportId}`),
  reportUrl: (orgId: string, reportId: string, format: 'html' | 'pdf') =>
    `/api/v1${base(orgId)}/reports/${reportId}/rapport.${format}`,
};

/**
 * Upload a file (multipart) with text fields. The shared API client speaks
 * JSON only; this adds the session's CSRF token the same way it does.
 */
export async function uploadFile<T>(
  method: 'POST' | 'PUT',
  path: string,
  file: File,
  fields: Record<string, string> = {},
): Promise<T> {
  const session = await authApi.session();
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v.trim() !== '') form.append(k, v);
  form.append('file', file);
  const response = await fetch(`/api/v1${path}`, {
    method,
    body: form,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json, application/problem+json',
      ...(session.csrfToken ? { 'x-csrf-token': session.csrfToken } : {}),
    },
  });
  const payload = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const p = (payload ?? {}) as Partial<ProblemDetails>;
  throw new ApiError({
    type: p.type ?? 'about:blank',
    title: p.title ?? response.statusText,
    status: response.status,
    detail: p.detail,
    code: p.code,
    errors: p.errors,
  });
}

export const monitorPaths = {
  home: '/monitor',
  wave: (id: string) => `/monitor/metingen/${id}`,
  importPage: (id: string) => `/monitor/metingen/${id}/importeren`,
  results: (id: string) => `/monitor/metingen/${id}/resultaten`,
  trends: (population: Population) =>
    `/monitor/trends/${population === 'office_holders' ? 'ambtsdragers' : 'ambtenaren'}`,
  report: (id: string) => `/monitor/rapporten/${id}`,
};

/** "49%" in the UI language; one decimal below 10% (app/format.ts). */
export function percent(p: number | null): string {
  return p === null ? '—' : formatPercent(p, currentLanguage());
}
