import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { notFound } from '../../../platform/errors/app-error';
import { requirePerson } from '../../../platform/http/authenticate';
import { auditOrigin, registerScoped, scopeOf } from '../../../platform/http/scope';
import { findPersonByEmail } from '../../../platform/identity';
import { requestContext } from '../../../platform/use-case';
import { canAdministerOrganisation } from '../organisations.policy';
import { OrgParams } from '../organisations.schemas';
import {
  AcceptedInvitation,
  InvitationParams,
  InvitationTokenBody,
  InvitationView,
  OpenInvitation,
  RegisterByInvitationBody,
  RegisteredByInvitation,
} from './invitations.schemas';
import { acceptInvitation, openInvitation } from './use-cases/accept-invitation';
import { listInvitations } from './use-cases/list-invitations';
import { registerByInvitation } from './use-cases/register-by-invitation';
import { revokeInvitation } from './use-cases/revoke-invitation';

const tags = ['organisations'];
/** Token guesses per client address per minute; tokens have 256 bits, this keeps logs calm. */
export const INVITATION_RATE_PER_MINUTE = 20;

/**
 * Invitations: the invitee's side (unscoped: the one-time token is the key,
 * and accepting needs the invited person's own session) and the admin's list.
 * Tokens travel in request bodies, never in URLs, so they stay out of logs.
 */
export async function invitationsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db, keyring } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: INVITATION_RATE_PER_MINUTE, timeWindow: '1 minute' };

  r.post(
    '/api/v1/invitations/lookup',
    {
      schema: {
        tags,
        summary: 'What an invitation link is for (organisation, roles, whether to log in)',
        body: InvitationTokenBody,
        response: { 200: InvitationView },
      },
      config: { csrf: false, rateLimit },
    },
    async (request) => {
      const inv = await openInvitation(db, request.body.token);
      const orgId = inv.organisation_id;
      const email = await keyring.decryptText(db, orgId, inv.email_enc);
      return {
        organisationName: inv.organisation_name,
        organisationCode: inv.organisation_code,
        roles: inv.roles,
        expiresAt: new Date(inv.expires_at).toISOString(),
        hasAccount: (await findPersonByEmail(db, email)) !== undefined,
        suggestedName: inv.display_name_enc
          ? await keyring.decryptText(db, orgId, inv.display_name_enc)
          : null,
      };
    },
  );

  r.post(
    '/api/v1/invitations/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation as the logged-in person with the invited address',
        body: InvitationTokenBody,
        response: { 200: AcceptedInvitation },
      },
      config: { rateLimit },
    },
    async (request) =>
      acceptInvitation(db, requirePerson(request), request.body.token, auditOrigin(request)),
  );

  r.post(
    '/api/v1/invitations/register',
    {
      schema: {
        tags,
        summary: 'Accept an invitation for an address without an account, choosing a password',
        body: RegisterByInvitationBody,
        response: { 201: RegisteredByInvitation },
      },
      config: { csrf: false, rateLimit },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await registerByInvitation({ db, keyring }, request.body, auditOrigin(request))),
  );

  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();

    s.get(
      '/invitations',
      {
        schema: {
          tags,
          summary: 'Invitations not yet accepted',
          params: OrgParams,
          response: { 200: z.array(OpenInvitation) },
        },
        config: { policy: canAdministerOrganisation, denyAs: 403 },
      },
      async (request) => listInvitations({ db, keyring }, scopeOf(request).organisationId),
    );

    s.delete(
      '/invitations/:invitationId',
      {
        schema: {
          tags,
          summary: 'Withdraw an invitation; its link stops working',
          params: InvitationParams,
          response: { 204: z.null() },
        },
        config: { policy: canAdministerOrganisation, denyAs: 403 },
      },
      async (request, reply) => {
        const done = await revokeInvitation(
          requestContext(deps, request),
          request.params.invitationId,
        );
        if (!done) throw notFound('Deze uitnodiging');
        return reply.status(204).send(null);
      },
    );
  });
}
