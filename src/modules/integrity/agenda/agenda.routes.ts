import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { requestContext } from '../../../platform/use-case';
import { canDeclare, canKeepRegister } from '../integrity.policy';
import {
  ConflictParams,
  DecisionBody,
  MatchParams,
  MatchStatusBody,
  Meeting,
  MeetingBody,
  MeetingParams,
  MeetingSummary,
  MyConflict,
  OrgParams,
} from './agenda.schemas';
import { decideConflict, myConflicts } from './use-cases/conflicts';
import { importAgenda } from './use-cases/import-agenda';
import { meetingDetail, meetingList, notifyMeeting, setMatchStatus } from './use-cases/meetings';

const tags = ['integrity-agenda'];

/** The clerk's agenda conflict check, and the office holder's decisions on flagged items. */
export function registerAgendaRoutes(scoped: FastifyInstance, deps: AppDeps) {
  const s = scoped.withTypeProvider<ZodTypeProvider>();
  const clerk = { policy: canKeepRegister };

  s.get(
    '/integrity/meetings',
    {
      schema: {
        tags,
        summary: 'Meetings whose agenda was checked',
        params: OrgParams,
        response: { 200: z.array(MeetingSummary) },
      },
      config: clerk,
    },
    async (request) => meetingList(requestContext(deps, request)),
  );

  s.post(
    '/integrity/meetings',
    {
      schema: {
        tags,
        summary: 'Enter or import an agenda and check it against the declarations',
        description:
          'Send `items`, or `file` with the text of a CSV or JSON file (item, title, description). A broken row is named by its line and nothing is stored.',
        params: OrgParams,
        body: MeetingBody,
        response: { 201: Meeting },
      },
      config: clerk,
    },
    async (request, reply) => {
      const ctx = requestContext(deps, request);
      const { id } = await importAgenda(ctx, request.body);
      return reply.status(201).send(await meetingDetail(ctx, id));
    },
  );

  s.get(
    '/integrity/meetings/:meetingId',
    {
      schema: {
        tags,
        summary: 'A meeting with flagged items and decisions',
        params: MeetingParams,
        response: { 200: Meeting },
      },
      config: clerk,
    },
    async (request) => meetingDetail(requestContext(deps, request), request.params.meetingId),
  );

  s.post(
    '/integrity/meetings/:meetingId/notifications',
    {
      schema: {
        tags,
        summary: 'Mail the flagged office holders before the meeting',
        params: MeetingParams,
        response: { 202: z.object({ queued: z.literal(true) }) },
      },
      config: clerk,
    },
    async (request, reply) => {
      await notifyMeeting(requestContext(deps, request), request.params.meetingId);
      return reply.status(202).send({ queued: true as const });
    },
  );

  s.put(
    '/integrity/meetings/:meetingId/matches/:matchId',
    {
      schema: {
        tags,
        summary: 'Dismiss or reopen a match',
        params: MatchParams,
        body: MatchStatusBody,
        response: { 200: Meeting },
      },
      config: clerk,
    },
    async (request) => {
      const ctx = requestContext(deps, request);
      await setMatchStatus(
        ctx,
        request.params.meetingId,
        request.params.matchId,
        request.body.status,
      );
      return meetingDetail(ctx, request.params.meetingId);
    },
  );

  s.get(
    '/integrity/my-conflicts',
    {
      schema: {
        tags,
        summary: 'Agenda items flagged for me',
        params: OrgParams,
        response: { 200: z.array(MyConflict) },
      },
      config: { policy: canDeclare },
    },
    async (request) => myConflicts(requestContext(deps, request)),
  );

  s.put(
    '/integrity/my-conflicts/:matchId',
    {
      schema: {
        tags,
        summary: 'Record my decision: abstain, or take part with a motivation',
        params: ConflictParams,
        body: DecisionBody,
        response: { 200: z.array(MyConflict) },
      },
      config: { policy: canDeclare },
    },
    async (request) => {
      const ctx = requestContext(deps, request);
      await decideConflict(ctx, request.params.matchId, request.body);
      return myConflicts(ctx);
    },
  );
}
