import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { registerScoped } from '../../platform/http/scope';
import { requestContext } from '../../platform/use-case';
import { canUseScans } from './scans.policy';
import {
  AnalysisParams,
  CommissionBody,
  OrgParams,
  PlanItemCreate,
  PlanItemParams,
  PlanItemPatch,
  ProcessPlan,
  RiskAnalysis,
  TrackingPatch,
} from './scans.schemas';
import { commissionRiskAnalysis } from './use-cases/commission-risk-analysis';
import {
  addPlanItem,
  changePlanItem,
  createProcessPlan,
  getProcessPlan,
} from './use-cases/process-plan';
import { getRiskAnalysis, listRiskAnalysesFor, updateTracking } from './use-cases/tracking';

const tags = ['self-scans'];

/** Integrity risk analyses for candidate aldermen and deputies: commission, follow to appointment. */
export async function scansRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();
    const config = { policy: canUseScans };

    s.get(
      '/risk-analyses',
      {
        schema: {
          tags,
          summary: 'Risk analyses you commissioned, were designated for, or are the candidate in',
          params: OrgParams,
          response: { 200: z.array(RiskAnalysis) },
        },
        config,
      },
      async (request) => listRiskAnalysesFor(requestContext(deps, request)),
    );

    s.post(
      '/risk-analyses',
      {
        schema: {
          tags,
          summary:
            'Commission a risk analysis for a candidate (integrity officers acting for the mayor or King’s Commissioner)',
          params: OrgParams,
          body: CommissionBody,
          response: { 201: RiskAnalysis },
        },
        config,
      },
      async (request, reply) => {
        const row = await commissionRiskAnalysis(requestContext(deps, request), request.body);
        return reply
          .status(201)
          .send(await getRiskAnalysis(requestContext(deps, request), row.response_id));
      },
    );

    s.get(
      '/risk-analyses/:responseId',
      {
        schema: {
          tags,
          summary: 'One analysis with its tracking (VOG dates, conversation, decision)',
          params: AnalysisParams,
          response: { 200: RiskAnalysis },
        },
        config,
      },
      async (request) => getRiskAnalysis(requestContext(deps, request), request.params.responseId),
    );

    s.patch(
      '/risk-analyses/:responseId',
      {
        schema: {
          tags,
          summary:
            'Record the stage and dates up to appointment (commissioner and designated officer)',
          params: AnalysisParams,
          body: TrackingPatch,
          response: { 200: RiskAnalysis },
        },
        config,
      },
      async (request) =>
        updateTracking(requestContext(deps, request), request.params.responseId, request.body),
    );

    s.get(
      '/process-plans/:responseId',
      {
        schema: {
          tags,
          summary:
            'Risk matrix and improvement plan of a submitted scan of vulnerable processes (team and org admin)',
          params: AnalysisParams,
          response: { 200: ProcessPlan },
        },
        config,
      },
      async (request) => getProcessPlan(requestContext(deps, request), request.params.responseId),
    );

    s.post(
      '/process-plans/:responseId',
      {
        schema: {
          tags,
          summary:
            'Draw up the improvement plan: open items of the previous plan and the weak spots become items',
          params: AnalysisParams,
          response: { 201: ProcessPlan },
        },
        config,
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createProcessPlan(requestContext(deps, request), request.params.responseId)),
    );

    s.post(
      '/process-plans/:responseId/items',
      {
        schema: {
          tags,
          summary: 'Add an item to the improvement plan',
          params: AnalysisParams,
          body: PlanItemCreate,
          response: { 201: ProcessPlan },
        },
        config,
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await addPlanItem(
              requestContext(deps, request),
              request.params.responseId,
              request.body,
            ),
          ),
    );

    s.patch(
      '/process-plans/:responseId/items/:itemId',
      {
        schema: {
          tags,
          summary: 'Change an item of the improvement plan (title, owner, due date, status)',
          params: PlanItemParams,
          body: PlanItemPatch,
          response: { 200: ProcessPlan },
        },
        config,
      },
      async (request) =>
        changePlanItem(
          requestContext(deps, request),
          request.params.responseId,
          request.params.itemId,
          request.body,
        ),
    );
  });
}
