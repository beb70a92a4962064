import type { AppModule } from '../module';
import { RETENTION_JOB_EVERY_MS, RETENTION_QUEUE } from './questionnaires.constants';
import { questionnairesRoutes } from './questionnaires.routes';
import { responsesRoutes } from './responses.routes';
import { eraseExpiredResponses } from './use-cases/erase-response';

/** The questionnaire engine: definitions, versions, responses, scoring, results. */
export const questionnairesModule: AppModule = {
  name: 'questionnaires',
  async register(app, deps) {
    await questionnairesRoutes(app, deps);
    await responsesRoutes(app, deps);
    deps.jobs.handle(RETENTION_QUEUE, async () => {
      const erased = await eraseExpiredResponses(deps.db);
      if (erased > 0) deps.logger.info({ erased }, 'questionnaire responses past retention erased');
    });
    deps.jobs.every(RETENTION_QUEUE, RETENTION_JOB_EVERY_MS);
  },
};

/** The condition language shared with the Monitor's indicators. */
export {
  type Answers,
  type AnswerValue,
  type Condition,
  ConditionSchema,
  evaluateCondition,
} from './definition/condition';
/** The definition format: zod schema, types and the generated JSON Schema. */
export {
  type DefinitionInput,
  DefinitionSchema,
  definitionJsonSchema,
  type Privacy,
  type Question,
  type QuestionnaireDefinition,
  type Section,
} from './definition/definition.schema';
/** Which questions a set of answers shows; a text in nl/en. */
export { computeVisibility, flattenQuestions, localise } from './definition/definition-model';
/** Check a definition (schema and logic); every problem with its JSON path. */
export {
  type DefinitionProblem,
  type DefinitionValidation,
  validateDefinition,
} from './definition/definition-validation';
/** Limits and the platform owner id of built-in instruments. */
export {
  PEER_BENCHMARK_MIN_ORGANISATIONS,
  PLATFORM_OWNER_ID,
  SCHEMA_PATH,
} from './questionnaires.constants';
/** Who may commission or read what (pure). */
export { canCommission, type ResponseAccess, responseAccess } from './questionnaires.policy';
export type { ParticipantRole, RespondentKind, ResponseStatus } from './questionnaires.tables';
/** Responses to one instrument a person takes part in; display names of participants. */
export { participationsOf, personNames } from './responses.repository';
/** Pure scoring of a response against a definition. */
export { definitionRange, type ScoreResult, scoreResponse } from './scoring/scoring';
/**
 * For the Monitor: load a published version, validate and score a complete
 * response, store it anonymously, and read stored responses as flat rows.
 */
export {
  flattenAnswers,
  listAnonymousResponses,
  loadPublishedVersion,
  type PublishedVersion,
  storeAnonymousResponse,
  type ValidatedResponse,
  type VersionRef,
  validateResponse,
} from './use-cases/anonymous-responses';
/** Load a response with the actor's access to it (404 when none). */
export { type LoadedResponse, loadResponse, participantNames } from './use-cases/context';
/** Publish a built-in instrument for every organisation (idempotent; run at start). */
export { ensurePlatformDefinition } from './use-cases/ensure-platform-definition';
/** Start a response inside another module's transaction (commissioned analyses). */
export { createResponse, resolveMember } from './use-cases/start-response';
