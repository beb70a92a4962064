import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { registerScoped } from '../../../platform/http/scope';
import { requestContext } from '../../../platform/use-case';
import { InvitationParams, InvitationSent } from '../invitations/invitations.schemas';
import { resendInvitation } from '../invitations/use-cases/resend-invitation';
import { canAdministerOrganisation } from '../organisations.policy';
import { MemberParams, MemberStatus } from '../organisations.schemas';
import { removeMembership, setMemberActive } from './use-cases/change-membership';

const tags = ['organisations'];
const admin = { policy: canAdministerOrganisation, denyAs: 403 } as const;

/** Member administration beyond the list and roles: deactivate, reactivate, remove, resend. */
export async function membersRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();

    for (const [path, active] of [
      ['/members/:personId/deactivate', false],
      ['/members/:personId/reactivate', true],
    ] as const) {
      s.post(
        path,
        {
          schema: {
            tags,
            summary: active
              ? 'Reactivate a member: their roles count again'
              : 'Deactivate a member: no sign-in to this organisation, roles and data kept',
            description: 'The last active administrator cannot be deactivated (409).',
            params: MemberParams,
            response: { 200: z.object({ status: MemberStatus }) },
          },
          config: admin,
        },
        async (request) =>
          setMemberActive(requestContext(deps, request), request.params.personId, active),
      );
    }

    s.delete(
      '/members/:personId',
      {
        schema: {
          tags,
          summary: 'Remove a member from the organisation (their account and records stay)',
          description: 'The last active administrator cannot be removed (409).',
          params: MemberParams,
          response: { 204: z.null() },
        },
        config: admin,
      },
      async (request, reply) => {
        await removeMembership(requestContext(deps, request), request.params.personId);
        return reply.status(204).send(null);
      },
    );

    s.post(
      '/invitations/:invitationId/resend',
      {
        schema: {
          tags,
          summary: 'Send an open invitation again with a new link; the old link stops working',
          params: InvitationParams,
          response: { 202: InvitationSent },
        },
        config: admin,
      },
      async (request, reply) =>
        reply
          .status(202)
          .send(await resendInvitation(requestContext(deps, request), request.params.invitationId)),
    );
  });
}
