import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps';
import { requirePlatformAdmin } from '../../platform/http/authenticate';
import { auditOrigin } from '../../platform/http/scope';
import { listOrganisationsForAdmin, organisationCodes } from '../../platform/identity';
import { statusRoutes } from '../../platform/status/status.routes';
import { unscopedContext } from '../../platform/use-case';
import { searchOfficial } from './official-list';
import { presentAdminOrganisation } from './platform-admin.presenter';
import {
  AdminOrganisation,
  AdminOrganisationList,
  OfficialSearchQuery,
  OfficialSearchResult,
  OrganisationSetUp,
  OrgParams,
  SetUpOrganisationBody,
} from './platform-admin.schemas';
import { setOrganisationActive } from './use-cases/set-organisation-active';
import { setUpOrganisation } from './use-cases/set-up-organisation';

const tags = ['admin'];

/**
 * The platform admin's organisations: search the official list, set one up (domains and
 * first admin), list them, deactivate and reactivate. Unscoped (under /api/v1/admin/): each
 * route demands platform-admin rights itself.
 */
export async function platformAdminRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  await statusRoutes(app, deps);

  r.get(
    '/api/v1/admin/official-organisations',
    {
      schema: {
        tags,
        summary: 'Search the official list of organisations (platform admin)',
        description:
          'Municipalities, provinces and water boards (CBS/PDOK, TOOI); ministries are added by hand.',
        querystring: OfficialSearchQuery,
        response: { 200: OfficialSearchResult },
      },
    },
    async (request) => {
      requirePlatformAdmin(request);
      const present = await organisationCodes(db);
      return {
        results: searchOfficial(request.query.q, request.query.limit).map((o) => ({
          ...o,
          present: present.has(o.code),
        })),
      };
    },
  );

  r.get(
    '/api/v1/admin/organisations',
    {
      schema: {
        tags,
        summary: 'All organisations with their status (platform admin)',
        response: { 200: AdminOrganisationList },
      },
    },
    async (request) => {
      requirePlatformAdmin(request);
      const rows = await listOrganisationsForAdmin(db);
      return { organisations: rows.map(presentAdminOrganisation) };
    },
  );

  r.post(
    '/api/v1/admin/organisations/setup',
    {
      schema: {
        tags,
        summary: 'Set up an organisation with its domains and first admin (platform admin)',
        description:
          'One transaction: the organisation, its verified e-mail domains and an invitation of ' +
          'the first organisation admin, who gets the invitation mail.',
        body: SetUpOrganisationBody,
        response: { 201: OrganisationSetUp },
      },
    },
    async (request, reply) => {
      const admin = requirePlatformAdmin(request);
      const { org, domains, invitation } = await setUpOrganisation(
        unscopedContext(deps),
        admin,
        auditOrigin(request),
        request.body,
      );
      return reply.status(201).send({
        organisation: presentAdminOrganisation(org),
        domains,
        invitation: { email: invitation.email, expiresAt: invitation.expiresAt.toISOString() },
      });
    },
  );

  for (const [action, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    r.post(
      `/api/v1/admin/organisations/:orgId/${action}`,
      {
        schema: {
          tags,
          summary: active
            ? 'Reactivate an organisation (platform admin)'
            : 'Deactivate an organisation: data kept, sign-in and API tokens refused (platform admin)',
          params: OrgParams,
          response: { 200: AdminOrganisation },
        },
      },
      async (request) => {
        const admin = requirePlatformAdmin(request);
        const org = await setOrganisationActive(
          unscopedContext(deps),
          admin,
          auditOrigin(request),
          request.params.orgId,
          active,
        );
        return presentAdminOrganisation(org);
      },
    );
  }
}
