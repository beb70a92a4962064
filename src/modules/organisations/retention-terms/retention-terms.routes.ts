import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { registerScoped } from '../../../platform/http/scope';
import { requestContext } from '../../../platform/use-case';
import { canAdministerOrganisation } from '../organisations.policy';
import { OrgParams } from '../organisations.schemas';
import { RetentionTermsBody, RetentionTermView } from './retention-terms.schemas';
import { readRetentionTerms, updateRetentionTerms } from './use-cases/retention-terms';

const tags = ['organisations'];
const admin = { policy: canAdministerOrganisation, denyAs: 403 } as const;

/** How long each kind of closed record is kept, set by the organisation's admins. */
export async function retentionTermsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();
    s.get(
      '/retention-terms',
      {
        schema: {
          tags,
          summary: 'Retention term per kind of record, with its bounds',
          params: OrgParams,
          response: { 200: z.array(RetentionTermView) },
        },
        config: admin,
      },
      async (request) => readRetentionTerms(requestContext(deps, request)),
    );
    s.put(
      '/retention-terms',
      {
        schema: {
          tags,
          summary: 'Change retention terms (all or nothing)',
          description:
            "Each kind's term must lie within its bounds; a kind left out keeps its term. The modules' daily retention jobs apply the new terms from their next run.",
          params: OrgParams,
          body: RetentionTermsBody,
          response: { 200: z.array(RetentionTermView) },
        },
        config: admin,
      },
      async (request) => updateRetentionTerms(requestContext(deps, request), request.body),
    );
  });
}
