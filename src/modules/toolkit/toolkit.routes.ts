import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { sendDownload } from '../../platform/http/download';
import { registerScoped } from '../../platform/http/scope';
import { requestContext } from '../../platform/use-case';
import { canManageToolkit, canReadToolkit, canRecordAttendance } from './toolkit.policy';
import {
  AttendanceBody,
  CancelledSession,
  CancelledSignup,
  ItemBody,
  ItemDetail,
  ItemParams,
  ItemQuery,
  ItemSummary,
  NewItemBody,
  Norm,
  NormBody,
  OrgParams,
  PublicNorm,
  PublicNormParams,
  RequiredTraining,
  RequiredTrainingBody,
  SessionBody,
  SessionParams,
  SessionSignupParams,
  SessionSignups,
  Signup,
  TrainingOverview,
  TrainingSession,
  VisibilityBody,
} from './toolkit.schemas';
import { cancelSession } from './use-cases/cancel-session';
import { cancelSignup } from './use-cases/cancel-signup';
import {
  createItem,
  editItem,
  getItem,
  listCatalogue,
  removeItem,
  setVisibility,
} from './use-cases/catalogue';
import { getNorm, publicNorm, saveNorm } from './use-cases/norm';
import { trainingOverview } from './use-cases/overview';
import { setRequiredTraining } from './use-cases/required-training';
import { createSession, editSession, recordAttendance, sessionSignups } from './use-cases/sessions';
import { sessionCalendar, signUp } from './use-cases/training';

const tags = ['toolkit'];

/** The toolkit: catalogue, items, hiding national items, trainings with sign-up and .ics. */
export async function toolkitRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();
    const reader = { policy: canReadToolkit };
    const admin = { policy: canManageToolkit };
    const attendance = { policy: canRecordAttendance };

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

    s.delete(
      '/toolkit/sessions/:sessionId/signups/mine',
      {
        schema: {
          tags,
          summary: 'Cancel your own sign-up before the session begins; the waiting list moves up',
          params: SessionParams,
          response: { 200: CancelledSignup },
        },
        config: reader,
      },
      async (request) => cancelSignup(requestContext(deps, request), request.params.sessionId),
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

    s.put(
      '/toolkit/items/:slug',
      {
        schema: {
          tags,
          summary: 'Edit an item (org admin: the organisation’s own; platform admin: national)',
          params: ItemParams,
          body: ItemBody,
          response: { 200: ItemSummary },
        },
        config: admin,
      },
      async (request) => editItem(requestContext(deps, request), request.params.slug, request.body),
    );

    s.delete(
      '/toolkit/items/:slug',
      {
        schema: {
          tags,
          summary: 'Delete an item with its sessions (org admin: own; platform admin: national)',
          params: ItemParams,
          response: { 204: z.null() },
        },
        config: admin,
      },
      async (request, reply) => {
        await removeItem(requestContext(deps, request), request.params.slug);
        return reply.status(204).send(null);
      },
    );

    s.post(
      '/toolkit/items/:slug/sessions',
      {
        schema: {
          tags,
          summary: 'Plan a session of a training for the organisation (org admin)',
          params: ItemParams,
          body: SessionBody,
          response: { 201: TrainingSession },
        },
        config: admin,
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createSession(requestContext(deps, request), request.params.slug, request.body),
          ),
    );

    s.put(
      '/toolkit/sessions/:sessionId',
      {
        schema: {
          tags,
          summary: 'Change a session’s date, place or link and capacity (org admin, own sessions)',
          params: SessionParams,
          body: SessionBody,
          response: { 200: TrainingSession },
        },
        config: admin,
      },
      async (request) =>
        editSession(requestContext(deps, request), request.params.sessionId, request.body),
    );

    s.delete(
      '/toolkit/sessions/:sessionId',
      {
        schema: {
          tags,
          summary:
            'Call off a session before it begins: deleted without sign-ups, else cancelled and everyone told (org admin, own sessions)',
          params: SessionParams,
          response: { 200: CancelledSession },
        },
        config: admin,
      },
      async (request) => cancelSession(requestContext(deps, request), request.params.sessionId),
    );

    s.get(
      '/toolkit/sessions/:sessionId/signups',
      {
        schema: {
          tags,
          summary:
            'The organisation’s sign-ups for a session, with attendance (handler, org admin)',
          params: SessionParams,
          response: { 200: SessionSignups },
        },
        config: attendance,
      },
      async (request) => sessionSignups(requestContext(deps, request), request.params.sessionId),
    );

    s.put(
      '/toolkit/sessions/:sessionId/signups/:signupId/attendance',
      {
        schema: {
          tags,
          summary: 'Record whether a person of the organisation attended (handler, org admin)',
          params: SessionSignupParams,
          body: AttendanceBody,
          response: { 200: z.object({ id: z.uuid(), attended: z.boolean() }) },
        },
        config: attendance,
      },
      async (request) =>
        recordAttendance(
          requestContext(deps, request),
          request.params.sessionId,
          request.params.signupId,
          request.body.attended,
        ),
    );

    s.get(
      '/toolkit/training-overview',
      {
        schema: {
          tags,
          summary:
            'Who followed which training; office holders past the organisation’s term flagged (org admin)',
          params: OrgParams,
          response: { 200: TrainingOverview },
        },
        config: admin,
      },
      async (request) => trainingOverview(requestContext(deps, request)),
    );

    s.put(
      '/toolkit/required-training',
      {
        schema: {
          tags,
          summary:
            'Choose the training new office holders follow and within how many months (org admin)',
          params: OrgParams,
          body: RequiredTrainingBody,
          response: { 200: RequiredTraining },
        },
        config: admin,
      },
      async (request) => setRequiredTraining(requestContext(deps, request), request.body),
    );

    s.get(
      '/toolkit/norm',
      {
        schema: {
          tags,
          summary: 'The organisation’s norm against aggression, to edit (org admin)',
          params: OrgParams,
          response: { 200: Norm },
        },
        config: admin,
      },
      async (request) => getNorm(requestContext(deps, request)),
    );

    s.put(
      '/toolkit/norm',
      {
        schema: {
          tags,
          summary: 'Save and publish (or withdraw) the organisation’s norm (org admin)',
          params: OrgParams,
          body: NormBody,
          response: { 200: Norm },
        },
        config: admin,
      },
      async (request) => saveNorm(requestContext(deps, request), request.body),
    );
  });
}

/** The norm is public by intent: read by anyone, also other sites; generous but limited. */
const PUBLIC_RATE = { max: 120, timeWindow: '1 minute' };

/** The organisation's published norm against aggression, without login. */
export async function toolkitPublicRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/public/:organisationCode/norm',
    {
      schema: {
        tags,
        summary: 'The organisation’s published norm against aggression (public)',
        params: PublicNormParams,
        response: { 200: PublicNorm },
        security: [],
      },
      config: { rateLimit: PUBLIC_RATE },
    },
    async (request) => publicNorm(deps.db, request.params.organisationCode),
  );
}
