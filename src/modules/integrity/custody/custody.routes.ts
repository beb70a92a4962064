import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { requestContext } from '../../../platform/use-case';
import { canAskAsCustodian, canManageCustody } from '../integrity.policy';
import { OrgParams } from '../reports/reports.schemas';
import {
  CollectedShare,
  CustodiansBody,
  CustodyStatus,
  MyShare,
  RecoveryOutcome,
  ShareBody,
  SplitResult,
} from './custody.schemas';
import { collectShare, myShare } from './use-cases/collect-share';
import { custodyStatus } from './use-cases/custody-status';
import { designateCustodians } from './use-cases/designate-custodians';
import { submitRecoveryShare } from './use-cases/recover-key';
import { splitKey } from './use-cases/split-key';

const tags = ['integrity-custody'];

/** Custodians, the Shamir split of the integrity key, and key recovery (inside registerScoped). */
export function registerCustodyRoutes(scoped: FastifyInstance, deps: AppDeps) {
  const s = scoped.withTypeProvider<ZodTypeProvider>();

  s.get(
    '/integrity/custody',
    {
      schema: {
        tags,
        summary: 'Custodians, key split and recovery status',
        params: OrgParams,
        response: { 200: CustodyStatus },
      },
      config: { policy: canAskAsCustodian },
    },
    async (request) => custodyStatus(requestContext(deps, request)),
  );

  s.put(
    '/integrity/custodians',
    {
      schema: {
        tags,
        summary: 'Designate the custodians (at least two)',
        params: OrgParams,
        body: CustodiansBody,
        response: { 204: z.null() },
      },
      config: { policy: canManageCustody },
    },
    async (request, reply) => {
      await designateCustodians(requestContext(deps, request), request.body.personIds);
      return reply.status(204).send(null);
    },
  );

  s.post(
    '/integrity/key-shares',
    {
      schema: {
        tags,
        summary: 'Split the integrity key into one share per custodian (2-of-n)',
        params: OrgParams,
        response: { 201: SplitResult },
      },
      config: { policy: canManageCustody },
    },
    async (request, reply) => reply.status(201).send(await splitKey(requestContext(deps, request))),
  );

  s.get(
    '/integrity/key-shares/mine',
    {
      schema: {
        tags,
        summary: "The custodian's own share: collected or not",
        params: OrgParams,
        response: { 200: MyShare },
      },
      config: { policy: canAskAsCustodian },
    },
    async (request) => myShare(requestContext(deps, request)),
  );

  s.post(
    '/integrity/key-shares/mine/collect',
    {
      schema: {
        tags,
        summary: 'Collect the own share, once (the stored copy is wiped)',
        params: OrgParams,
        response: { 200: CollectedShare },
      },
      config: { policy: canAskAsCustodian },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return collectShare(requestContext(deps, request));
    },
  );

  s.post(
    '/integrity/key-recovery/shares',
    {
      schema: {
        tags,
        summary: 'Hand in a share to restore the integrity key (two custodians needed)',
        params: OrgParams,
        body: ShareBody,
        response: { 200: RecoveryOutcome },
      },
      config: { policy: canAskAsCustodian, rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request) => submitRecoveryShare(requestContext(deps, request), request.body.share),
  );
}
