import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { requirePlatformAdmin } from '../../http/authenticate';
import { auditOrigin } from '../../http/scope';
import { listVerifiedDomains } from './oidc.repository';
import { OrgParams, VerifiedDomains, VerifiedDomainsBody } from './oidc.schemas';
import { setVerifiedDomains } from './use-cases/set-verified-domains';

const tags = ['auth'];
const path = '/api/v1/admin/organisations/:orgId/verified-domains';

/**
 * The platform admin's list of e-mail domains per organisation: an
 * organisation's IdP signs in only addresses in these domains (ADR 0021).
 * Deliberately not a scoped route: organisation admins cannot change it.
 */
export async function verifiedDomainsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    path,
    {
      schema: {
        tags,
        summary: 'E-mail domains verified for an organisation (platform admin)',
        params: OrgParams,
        response: { 200: VerifiedDomains },
      },
    },
    async (request) => {
      requirePlatformAdmin(request);
      return { domains: await listVerifiedDomains(db, request.params.orgId) };
    },
  );

  r.put(
    path,
    {
      schema: {
        tags,
        summary: 'Replace the e-mail domains verified for an organisation (platform admin)',
        params: OrgParams,
        body: VerifiedDomainsBody,
        response: { 200: VerifiedDomains },
      },
    },
    async (request) => {
      const admin = requirePlatformAdmin(request);
      const domains = await setVerifiedDomains(
        db,
        admin,
        request.params.orgId,
        request.body.domains,
        auditOrigin(request),
      );
      return { domains };
    },
  );
}
