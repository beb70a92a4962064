import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { registerScoped } from '../../platform/http/scope';
import { requestContext } from '../../platform/use-case';
import { localeOf } from './http-helpers';
import { canUseQuestionnaires } from './questionnaires.policy';
import { presentResponseDetail, presentResponseSummary } from './questionnaires.presenter';
import {
  LocaleQuery,
  OrgParams,
  ResponseDetail,
  ResponseParams,
  ResponseSummary,
  ResultResponse,
  SaveBody,
  StartBody,
  SubmitBody,
  TeamBody,
} from './questionnaires.schemas';
import { eraseResponse } from './use-cases/erase-response';
import { getResponse } from './use-cases/get-response';
import { getResult, getResultPdf } from './use-cases/get-result';
import { listMyResponses } from './use-cases/list-responses';
import { saveAnswers } from './use-cases/save-answers';
import { setTeam } from './use-cases/set-team';
import { startResponse } from './use-cases/start-response';
import { submitResponse } from './use-cases/submit-response';

const tags = ['questionnaire responses'];

/**
 * Filling in: start, save and resume, submit once, read the result and its PDF.
 * Every route is open to members; access to one response is decided inside the
 * use case from the instrument's privacy rules and the person's part in it.
 */
export async function responsesRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();
    const config = { policy: canUseQuestionnaires };

    s.get(
      '/responses',
      {
        schema: {
          tags,
          summary: 'Responses you take part in',
          params: OrgParams,
          querystring: LocaleQuery,
          response: { 200: z.array(ResponseSummary) },
        },
        config,
      },
      async (request) =>
        (await listMyResponses(requestContext(deps, request))).map(
          ({ row, definition, role, access }) =>
            presentResponseSummary(
              row,
              { questionnaireId: row.questionnaire_id, version: row.version, definition },
              role,
              access,
              localeOf(request),
            ),
        ),
    );

    s.post(
      '/responses',
      {
        schema: {
          tags,
          summary: 'Start filling in a published version (personal, or with a team)',
          params: OrgParams,
          body: StartBody,
          response: { 201: ResponseDetail },
        },
        config,
      },
      async (request, reply) => {
        const loaded = await startResponse(requestContext(deps, request), {
          versionId: request.body.versionId,
          memberEmails: request.body.members,
        });
        return reply
          .status(201)
          .send(presentResponseDetail(loaded, loaded.answers, loaded.names, localeOf(request)));
      },
    );

    s.get(
      '/responses/:responseId',
      {
        schema: {
          tags,
          summary: 'A response with its answers (to resume)',
          params: ResponseParams,
          querystring: LocaleQuery,
          response: { 200: ResponseDetail },
        },
        config,
      },
      async (request) => {
        const loaded = await getResponse(requestContext(deps, request), request.params.responseId);
        return presentResponseDetail(loaded, loaded.answers, loaded.names, localeOf(request));
      },
    );

    s.put(
      '/responses/:responseId/answers',
      {
        schema: {
          tags,
          summary: 'Save answers (part of them is fine: resume later); null clears an answer',
          params: ResponseParams,
          body: SaveBody,
          response: { 200: ResponseDetail },
        },
        config,
      },
      async (request) => {
        const saved = await saveAnswers(
          requestContext(deps, request),
          request.params.responseId,
          request.body,
        );
        return presentResponseDetail(saved, saved.answers, saved.names, localeOf(request));
      },
    );

    s.post(
      '/responses/:responseId/submit',
      {
        schema: {
          tags,
          summary: 'Hand in, once; a second time answers 409',
          params: ResponseParams,
          body: SubmitBody,
          response: { 200: ResponseDetail },
        },
        config,
      },
      async (request) => {
        const done = await submitResponse(
          requestContext(deps, request),
          request.params.responseId,
          request.body,
        );
        return presentResponseDetail(done, done.answers, done.names, localeOf(request));
      },
    );

    s.put(
      '/responses/:responseId/team',
      {
        schema: {
          tags,
          summary: 'Replace the colleagues of a team response',
          params: ResponseParams,
          body: TeamBody,
          response: { 200: z.object({ members: z.number().int() }) },
        },
        config,
      },
      async (request) => ({
        members: await setTeam(
          requestContext(deps, request),
          request.params.responseId,
          request.body.members,
        ),
      }),
    );

    s.delete(
      '/responses/:responseId',
      {
        schema: {
          tags,
          summary: 'Erase a response for good',
          params: ResponseParams,
          response: { 204: z.null() },
        },
        config,
      },
      async (request, reply) => {
        await eraseResponse(requestContext(deps, request), request.params.responseId);
        return reply.status(204).send(null);
      },
    );

    s.get(
      '/responses/:responseId/result',
      {
        schema: {
          tags,
          summary: 'Scores, advice, actions, comparison with your previous attempt, benchmark',
          params: ResponseParams,
          querystring: LocaleQuery,
          response: { 200: ResultResponse },
        },
        config,
      },
      async (request) => {
        const locale = localeOf(request);
        const loaded = await getResult(
          requestContext(deps, request),
          request.params.responseId,
          locale,
        );
        return {
          responseId: loaded.response.id,
          key: loaded.definition.key,
          title:
            locale === 'en'
              ? (loaded.definition.title.en ?? loaded.definition.title.nl)
              : loaded.definition.title.nl,
          version: loaded.version.version,
          submittedAt: loaded.response.submitted_at
            ? new Date(loaded.response.submitted_at).toISOString()
            : null,
          result: loaded.result,
        };
      },
    );

    s.get(
      '/responses/:responseId/result.pdf',
      {
        schema: {
          tags,
          summary: 'The result as an accessible (tagged) PDF',
          params: ResponseParams,
          querystring: LocaleQuery,
        },
        config,
      },
      async (request, reply) => {
        const { pdf, key } = await getResultPdf(
          requestContext(deps, request),
          request.params.responseId,
          localeOf(request),
        );
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="resultaat-${key}.pdf"`)
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );
  });
}
