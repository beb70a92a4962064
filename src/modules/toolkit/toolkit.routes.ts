import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { sendDownload } from '../../platform/http/download';
import { registerScoped } from '../../platform/http/scope';
import { requestContext } from '../../platform/use-case';
import { canManageToolkit, canReadToolkit } from './toolkit.policy';
import {
  ItemDetail,
  ItemParams,
  ItemQuery,
  ItemSummary,
  NewItemBody,
  OrgParams,
  SessionParams,
  Signup,
  VisibilityBody,
} from './toolkit.schemas';
import { createItem, getItem, listCatalogue, setVisibility } from './use-cases/catalogue';
import { sessionCalendar, signUp } from './use-cases/training';

const tags = ['toolkit'];

/** The toolkit: catalogue, items, hiding national items, trainings with sign-up and .ics. */
export async function toolkitRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();
    const reader = { policy: canReadToolkit };
    const admin = { policy: canManageToolkit };

    s.get(
      '/toolkit/items',
      {
        schema: {
          tags,
          summary: 'The toolkit catalogue, filtered by audience, theme and type, with search',
          params: OrgParams,
          querystring: ItemQuery,
          response: { 200: z.array(ItemSummary) },
        },
        config: reader,
      },
      async (request) => listCatalogue(requestContext(deps, request), request.query),
    );

    s.post(
      '/toolkit/items',
      {
        schema: {
          tags,
          summary: 'Add an item of the organisation (org admin; national: platform admin)',
          params: OrgParams,
          body: NewItemBody,
          response: { 201: ItemSummary },
        },
        config: admin,
      },
      async (request, reply) =>
        reply.status(201).send(await createItem(requestContext(deps, request), request.body)),
    );

    s.get(
      '/toolkit/items/:slug',
      {
        schema: {
          tags,
          summary: 'One toolkit item with its training sessions',
          params: ItemParams,
          response: { 200: ItemDetail },
        },
        config: reader,
      },
      async (request) => getItem(requestContext(deps, request), request.params.slug),
    );

    s.put(
      '/toolkit/items/:slug/visibility',
      {
        schema: {
          tags,
          summary: 'Hide a national item from the organisation, or show it again (org admin)',
          params: ItemParams,
          body: VisibilityBody,
          response: { 200: ItemSummary },
        },
        config: admin,
      },
      async (request) =>
        setVisibility(requestContext(deps, request), request.params.slug, request.body.hidden),
    );

    s.post(
      '/toolkit/sessions/:sessionId/signups',
      {
        schema: {
          tags,
          summary: 'Sign up for a training session (waiting list when it is full)',
          params: SessionParams,
          response: { 201: Signup },
        },
        config: reader,
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await signUp(requestContext(deps, request), request.params.sessionId)),
    );

    s.get(
      '/toolkit/sessions/:sessionId/calendar.ics',
      {
        schema: {
          tags,
          summary: 'Calendar invitation (.ics) for a session you signed up for',
          params: SessionParams,
        },
        config: reader,
      },
      async (request, reply) => {
        const ics = await sessionCalendar(requestContext(deps, request), request.params.sessionId);
        return sendDownload(reply, Buffer.from(ics, 'utf8'), 'training.ics', 'text/calendar');
      },
    );
  });
}
