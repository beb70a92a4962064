import { type ApiBody, type ApiResult, client, unwrap } from '../../api/client';

export type RiskAnalysis = ApiResult<'/api/v1/orgs/{orgId}/risk-analyses/{responseId}'>;

export type Stage = RiskAnalysis['stage'];

export type Tracking = NonNullable<RiskAnalysis['tracking']>;

const path = (orgId: string, responseId: string) => ({ params: { path: { orgId, responseId } } });

export const scansApi = {
  riskAnalyses: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/risk-analyses', { params: { path: { orgId } } })),
  riskAnalysis: (orgId: string, id: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/risk-analyses/{responseId}', path(orgId, id))),
  commission: (orgId: string, body: ApiBody<'/api/v1/orgs/{orgId}/risk-analyses', 'post'>) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/risk-analyses', { params: { path: { orgId } }, body }),
    ),
  track: (
    orgId: string,
    id: string,
    body: ApiBody<'/api/v1/orgs/{orgId}/risk-analyses/{responseId}', 'patch'>,
  ) =>
    unwrap(
      client.PATCH('/api/v1/orgs/{orgId}/risk-analyses/{responseId}', { ...path(orgId, id), body }),
    ),
};

/** Stages the commissioner may move to from `stage` (mirrors the server's state machine). */
export const NEXT_STAGES: Record<Stage, Stage[]> = {
  commissioned: ['discussed', 'withdrawn'],
  discussed: ['advice_given', 'withdrawn'],
  advice_given: ['appointed', 'not_appointed', 'withdrawn'],
  appointed: [],
  not_appointed: [],
  withdrawn: [],
};

/* Scan of vulnerable processes: risk matrix and improvement plan. */

export type ProcessPlan = ApiResult<'/api/v1/orgs/{orgId}/process-plans/{responseId}'>;
export type PlanItem = ProcessPlan['items'][number];
export type MatrixProcess = ProcessPlan['processes'][number];
export type PlanItemPatch = ApiBody<
  '/api/v1/orgs/{orgId}/process-plans/{responseId}/items/{itemId}',
  'patch'
>;
export type PlanItemCreate = ApiBody<
  '/api/v1/orgs/{orgId}/process-plans/{responseId}/items',
  'post'
>;

export const processPlanApi = {
  get: (orgId: string, id: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/process-plans/{responseId}', path(orgId, id))),
  create: (orgId: string, id: string) =>
    unwrap(client.POST('/api/v1/orgs/{orgId}/process-plans/{responseId}', path(orgId, id))),
  add: (orgId: string, id: string, body: PlanItemCreate) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/process-plans/{responseId}/items', {
        ...path(orgId, id),
        body,
      }),
    ),
  change: (orgId: string, id: string, itemId: string, body: PlanItemPatch) =>
    unwrap(
      client.PATCH('/api/v1/orgs/{orgId}/process-plans/{responseId}/items/{itemId}', {
        params: { path: { orgId, responseId: id, itemId } },
        body,
      }),
    ),
};
