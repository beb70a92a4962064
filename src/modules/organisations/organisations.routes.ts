import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listTokens } from '../../platform/auth/api-tokens';
import type { Role } from '../../platform/auth/roles';
import type { AppDeps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors/app-error';
import { requirePerson, requirePlatformAdmin } from '../../platform/http/authenticate';
import { registerScoped, scopeOf } from '../../platform/http/scope';
import {
  findOrganisation,
  insertOrganisation,
  listMembers,
  listOrganisations,
  setLocale,
} from '../../platform/identity';
import { requestContext } from '../../platform/use-case';
import { auditLogRoutes } from './audit-log/audit-log.routes';
import { invitationsRoutes } from './invitations/invitations.routes';
import { InvitationSent } from './invitations/invitations.schemas';
import { inviteMember } from './invitations/use-cases/invite-member';
import { logoRoutes } from './logo/logo.routes';
import { logoUrls } from './logo/use-cases/logo';
import { membersRoutes } from './members/members.routes';
import { canAdministerOrganisation, canViewOrganisation } from './organisations.policy';
import {
  presentMembership,
  presentOrganisation,
  presentPublicTheme,
  presentToken,
} from './organisations.presenter';
import {
  AddMemberBody,
  ApiTokenSummary,
  CreatedToken,
  CreateOrganisationBody,
  CreateTokenBody,
  Me,
  Member,
  MemberParams,
  Organisation,
  OrgParams,
  PublicOrganisation,
  RoleSchema,
  SetRolesBody,
  ThemeSchema,
  TokenParams,
  UpdateMeBody,
} from './organisations.schemas';
import { profileRoutes } from './profile/profile.routes';
import { retentionTermsRoutes } from './retention-terms/retention-terms.routes';
import { createApiToken } from './use-cases/create-api-token';
import { revokeApiToken } from './use-cases/revoke-api-token';
import { setMemberRoles } from './use-cases/set-member-roles';
import { updateOrganisationTheme } from './use-cases/update-theme';

const tags = ['organisations'];

export async function organisationsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  await invitationsRoutes(app, deps);
  await membersRoutes(app, deps);
  await auditLogRoutes(app, deps);
  await profileRoutes(app, deps);
  await logoRoutes(app, deps);
  await retentionTermsRoutes(app, deps);

  /** The organisation as presented, with the address of its logo when it has one. */
  const present = async (row: Parameters<typeof presentOrganisation>[0]) =>
    presentOrganisation(row, (await logoUrls(db, row.id)).get(row.code) ?? null);

  r.get(
    '/api/v1/me',
    {
      schema: {
        tags,
        summary: 'The logged-in person and their organisations',
        response: { 200: Me },
      },
    },
    async (request) => {
      const p = requirePerson(request);
      return {
        id: p.personId,
        displayName: p.displayName,
        email: p.email,
        locale: p.locale,
        isPlatformAdmin: p.isPlatformAdmin,
        platformAdminNeedsSecondFactor: p.platformAdminNeedsSecondFactor,
        memberships: p.memberships.map(presentMembership),
      };
    },
  );

  r.patch(
    '/api/v1/me',
    {
      schema: {
        tags,
        summary: 'Set preferences',
        body: UpdateMeBody,
        response: { 200: z.object({ locale: z.enum(['nl', 'en']) }) },
      },
    },
    async (request) => {
      const p = requirePerson(request);
      await setLocale(db, p.personId, request.body.locale);
      return { locale: request.body.locale };
    },
  );

  r.get(
    '/api/v1/organisations',
    {
      schema: {
        tags,
        summary: 'Public list of organisations on this platform',
        response: { 200: z.array(PublicOrganisation) },
      },
    },
    async () => {
      const [rows, logos] = await Promise.all([listOrganisations(db), logoUrls(db)]);
      return rows.map((row) => ({
        code: row.code,
        name: row.name,
        type: row.type,
        theme: presentPublicTheme(row.theme),
        logoUrl: logos.get(row.code) ?? null,
      }));
    },
  );

  r.post(
    '/api/v1/admin/organisations',
    {
      schema: {
        tags,
        summary: 'Create an organisation (platform admin)',
        body: CreateOrganisationBody,
        response: { 201: Organisation },
      },
    },
    async (request, reply) => {
      requirePlatformAdmin(request);
      try {
        const row = await insertOrganisation(db, request.body);
        return reply.status(201).send(presentOrganisation(row));
      } catch (error) {
        if ((error as { code?: string }).code === '23505') {
          throw new AppError('conflict', 'Er is al een organisatie met deze code.', {
            fields: [{ field: 'body.code', message: 'bestaat al' }],
          });
        }
        throw error;
      }
    },
  );

  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();

    s.get(
      '/',
      {
        schema: {
          tags,
          summary: 'Organisation details and theme',
          params: OrgParams,
          response: { 200: Organisation },
        },
        config: { policy: canViewOrganisation },
      },
      async (request) => {
        const row = await findOrganisation(db, scopeOf(request).organisationId);
        if (!row) throw notFound();
        return present(row);
      },
    );

    s.put(
      '/theme',
      {
        schema: {
          tags,
          summary: 'Replace the design tokens',
          params: OrgParams,
          body: ThemeSchema,
          response: { 200: Organisation },
        },
        config: { policy: canAdministerOrganisation, denyAs: 403 },
      },
      async (request) =>
        present(await updateOrganisationTheme(requestContext(deps, request), request.body)),
    );

    s.get(
      '/members',
      {
        schema: {
          tags,
          summary: 'Members and their roles',
          params: OrgParams,
          response: { 200: z.array(Member) },
        },
        config: { policy: canAdministerOrganisation, denyAs: 403 },
      },
      async (request) => {
        const rows = await listMembers(db, scopeOf(request).organisationId);
        const byPerson = new Map<string, z.infer<typeof Member>>();
        for (const row of rows) {
          const m = byPerson.get(row.personId) ?? {
            personId: row.personId,
            displayName: row.display_name,
            email: row.email,
            roles: [],
            status: row.deactivated_at ? ('deactivated' as const) : ('active' as const),
            lastSignInAt: row.last_sign_in_at ? new Date(row.last_sign_in_at).toISOString() : null,
          };
          m.roles.push(row.role as Role);
          byPerson.set(row.personId, m);
        }
        return [...byPerson.values()];
      },
    );

    s.post(
      '/members',
      {
        schema: {
          tags,
          summary: 'Invite a member',
          description:
            'Mails a one-time link; the person joins only by accepting it (logged in with this ' +
            'address, or by choosing a password when the address has no account). The answer is ' +
            'the same whether or not the address belongs to someone.',
          params: OrgParams,
          body: AddMemberBody,
          response: { 202: InvitationSent },
        },
        config: { policy: canAdministerOrganisation, denyAs: 403 },
      },
      async (request, reply) =>
        reply.status(202).send(await inviteMember(requestContext(deps, request), request.body)),
    );

    s.put(
      '/members/:personId/roles',
      {
        schema: {
          tags,
          summary: "Replace a member's roles",
          params: MemberParams,
          body: SetRolesBody,
          response: { 200: z.object({ roles: z.array(RoleSchema) }) },
        },
        config: { policy: canAdministerOrganisation, denyAs: 403 },
      },
      async (request) => ({
        roles: await setMemberRoles(
          requestContext(deps, request),
          request.params.personId,
          request.body.roles,
        ),
      }),
    );

    s.get(
      '/api-tokens',
      {
        schema: {
          tags,
          summary: 'API tokens of this organisation',
          params: OrgParams,
          response: { 200: z.array(ApiTokenSummary) },
        },
        config: { policy: canAdministerOrganisation, denyAs: 403 },
      },
      async (request) => (await listTokens(db, scopeOf(request).organisationId)).map(presentToken),
    );

    s.post(
      '/api-tokens',
      {
        schema: {
          tags,
          summary: 'Create an API token (shown once)',
          params: OrgParams,
          body: CreateTokenBody,
          response: { 201: CreatedToken },
        },
        config: { policy: canAdministerOrganisation, denyAs: 403 },
      },
      async (request, reply) => {
        const { row, token } = await createApiToken(requestContext(deps, request), request.body);
        return reply.status(201).send({ ...presentToken(row), token });
      },
    );

    s.delete(
      '/api-tokens/:tokenId',
      {
        schema: {
          tags,
          summary: 'Revoke an API token',
          description:
            'The token is refused from the next request on this instance; other instances of the application refuse it within 10 seconds.',
          params: TokenParams,
          response: { 204: z.null() },
        },
        config: { policy: canAdministerOrganisation, denyAs: 403 },
      },
      async (request, reply) => {
        await revokeApiToken(requestContext(deps, request), request.params.tokenId);
        return reply.status(204).send(null);
      },
    );
  });
}
