import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/deps';
import { SurveyBody, SurveyView, TokenParams } from '../monitor.schemas';
import { loadSurveyQuestionnaire } from './survey-questionnaire';
import { resolveToken, submitSurvey } from './use-cases/submit-survey';

/** Attempts per minute per client on the token routes: tokens are long, guessing is pointless, but cheap to limit. */
const SURVEY_RATE_LIMIT = { max: 60, timeWindow: '1 minute' };

/**
 * The invitee's survey, reachable without login by the single-use token in
 * the invitation mail (unscoped by design: the token is the scope).
 */
export async function surveyRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['monitor-survey'];

  r.get(
    '/api/v1/survey/:token',
    {
      schema: {
        tags,
        summary: 'The questionnaire behind an invitation token',
        params: TokenParams,
        response: { 200: SurveyView },
        security: [],
      },
      config: { rateLimit: SURVEY_RATE_LIMIT },
    },
    async (request, reply) => {
      const { wave } = await resolveToken(deps, request.params.token);
      const { version: _version, ...questionnaire } = await loadSurveyQuestionnaire(deps.db, wave);
      reply.header('cache-control', 'no-store');
      return {
        title: wave.title,
        year: wave.year,
        synthetic: wave.synthetic,
        fieldEnd: wave.field_end,
        questionnaire,
      };
    },
  );

  r.post(
    '/api/v1/survey/:token',
    {
      schema: {
        tags,
        summary:
          'Submit the answers; the token is used up and the answers are stored without any link to it',
        params: TokenParams,
        body: SurveyBody,
        response: { 201: z.object({ received: z.literal(true).describe('Thank you') }) },
        security: [],
      },
      config: { rateLimit: SURVEY_RATE_LIMIT },
    },
    async (request, reply) => {
      await submitSurvey(deps, request.params.token, request.body.answers, `survey:${request.id}`);
      return reply.status(201).send({ received: true as const });
    },
  );
}
