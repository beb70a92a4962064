import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { registerScoped } from '../../platform/http/scope';
import { requestContext } from '../../platform/use-case';
import { canRefer, canRequestSupport, canWorkQueue } from './support.policy';
import {
  MySupportRequest,
  OrgParams,
  ProgressBody,
  QueueItem,
  QueueRequest,
  ReferralParams,
  ReferralPrefill,
  RequestParams,
  SupportRequestBody,
} from './support.schemas';
import { getMyRequest, listMyRequests } from './use-cases/my-requests';
import { getQueuedRequest, listQueue } from './use-cases/queue';
import { recordProgress } from './use-cases/record-progress';
import { referralPrefill } from './use-cases/referral-prefill';
import { requestSupport } from './use-cases/request-support';

const tags = ['support'];

/** Support requests: office holders and referring handlers ask, the support team works the queue. */
export async function supportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();
    const sender = { policy: canRequestSupport };
    const team = { policy: canWorkQueue };

    s.get(
      '/support-requests',
      {
        schema: {
          tags,
          summary: 'Support requests you sent (status and dates only)',
          params: OrgParams,
          response: { 200: z.array(MySupportRequest) },
        },
        config: sender,
      },
      async (request) => listMyRequests(requestContext(deps, request)),
    );

    s.post(
      '/support-requests',
      {
        schema: {
          tags,
          summary:
            'Ask the support team for support, legal support or home security; a handler may refer someone with their recorded consent',
          params: OrgParams,
          body: SupportRequestBody,
          response: { 201: MySupportRequest },
        },
        config: sender,
      },
      async (request, reply) => {
        const ctx = requestContext(deps, request);
        const row = await requestSupport(ctx, request.body);
        return reply.status(201).send(await getMyRequest(ctx, row.id));
      },
    );

    s.get(
      '/support-requests/:requestId',
      {
        schema: {
          tags,
          summary: 'One request you sent (status and dates only)',
          params: RequestParams,
          response: { 200: MySupportRequest },
        },
        config: sender,
      },
      async (request) => getMyRequest(requestContext(deps, request), request.params.requestId),
    );

    s.get(
      '/support-referrals/:incidentId',
      {
        schema: {
          tags,
          summary: 'What a referral from this incident shares: reference, kinds, date (handlers)',
          params: ReferralParams,
          response: { 200: ReferralPrefill },
        },
        config: { policy: canRefer },
      },
      async (request) => referralPrefill(requestContext(deps, request), request.params.incidentId),
    );

    s.get(
      '/support-queue',
      {
        schema: {
          tags,
          summary: 'The support team’s queue (support workers of the team)',
          params: OrgParams,
          response: { 200: z.array(QueueItem) },
        },
        config: team,
      },
      async (request) => listQueue(requestContext(deps, request)),
    );

    s.get(
      '/support-queue/:requestId',
      {
        schema: {
          tags,
          summary: 'A request in the queue: what was shared, the consent, the steps with notes',
          params: RequestParams,
          response: { 200: QueueRequest },
        },
        config: team,
      },
      async (request) => getQueuedRequest(requestContext(deps, request), request.params.requestId),
    );

    s.post(
      '/support-queue/:requestId/steps',
      {
        schema: {
          tags,
          summary: 'Record a step (accept, contact, follow-up, assessment, measure, done, close)',
          params: RequestParams,
          body: ProgressBody,
          response: { 200: QueueRequest },
        },
        config: team,
      },
      async (request) => {
        const ctx = requestContext(deps, request);
        await recordProgress(ctx, request.params.requestId, request.body);
        return getQueuedRequest(ctx, request.params.requestId);
      },
    );
  });
}
