import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { registerScoped } from '../../platform/http/scope';
import { requestContext } from '../../platform/use-case';
import { definitionJsonSchema } from './definition/definition.schema';
import { validateDefinition } from './definition/definition-validation';
import { localeOf } from './http-helpers';
import { SCHEMA_PATH } from './questionnaires.constants';
import { canAuthorQuestionnaires, canUseQuestionnaires } from './questionnaires.policy';
import { presentExport, presentSummary, presentVersion } from './questionnaires.presenter';
import {
  Aggregates,
  DefinitionBody,
  ExportBody,
  LocaleQuery,
  OrgParams,
  PreviewBody,
  PreviewResponse,
  QuestionnaireParams,
  QuestionnaireSummary,
  ValidationReport,
  VersionDetail,
  VersionParams,
} from './questionnaires.schemas';
import { deleteDraftVersion } from './use-cases/delete-draft';
import { exportResponses } from './use-cases/export-responses';
import { getAggregates } from './use-cases/get-aggregates';
import { getVersion } from './use-cases/get-version';
import { importDefinition } from './use-cases/import-definition';
import { listQuestionnairesFor } from './use-cases/list-questionnaires';
import { previewResult } from './use-cases/preview-result';
import { publishVersion } from './use-cases/publish-version';

const tags = ['questionnaires'];

/** Definitions: the public JSON Schema, the catalogue, and authoring (import, validate, preview, publish). */
export async function questionnairesRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const schema = definitionJsonSchema();

  r.get(
    SCHEMA_PATH,
    {
      schema: {
        tags,
        summary: 'JSON Schema of the questionnaire definition format (public)',
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=3600');
      return { ...schema, $id: `${deps.config.publicUrl}${SCHEMA_PATH}` };
    },
  );

  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();

    s.get(
      '/questionnaires',
      {
        schema: {
          tags,
          summary: 'Instruments you can use (the platform’s and your organisation’s)',
          params: OrgParams,
          querystring: LocaleQuery,
          response: { 200: z.array(QuestionnaireSummary) },
        },
        config: { policy: canUseQuestionnaires },
      },
      async (request) =>
        (await listQuestionnairesFor(requestContext(deps, request))).map((q) =>
          presentSummary(q, localeOf(request)),
        ),
    );

    s.get(
      '/questionnaire-versions/:versionId',
      {
        schema: {
          tags,
          summary: 'One version with its definition (a draft only for its authors: preview)',
          params: VersionParams,
          response: { 200: VersionDetail },
        },
        config: { policy: canUseQuestionnaires },
      },
      async (request) => {
        const { version, definition } = await getVersion(
          requestContext(deps, request),
          request.params.versionId,
        );
        return presentVersion(version, definition);
      },
    );

    s.get(
      '/questionnaire-versions/:versionId/export',
      {
        schema: {
          tags,
          summary: 'Download the definition as a JSON file',
          params: VersionParams,
          response: { 200: z.record(z.string(), z.unknown()) },
        },
        config: { policy: canAuthorQuestionnaires, denyAs: 403 },
      },
      async (request, reply) => {
        const { version, definition } = await getVersion(
          requestContext(deps, request),
          request.params.versionId,
        );
        void reply.header(
          'content-disposition',
          `attachment; filename="${definition.key}-v${version.version}.json"`,
        );
        return presentExport(definition, `${deps.config.publicUrl}${SCHEMA_PATH}`);
      },
    );

    s.post(
      '/questionnaires/validate',
      {
        schema: {
          tags,
          summary: 'Check a definition without storing it; lists every problem with its JSON path',
          params: OrgParams,
          body: DefinitionBody,
          response: { 200: ValidationReport },
        },
        config: { policy: canAuthorQuestionnaires, denyAs: 403 },
      },
      async (request) => {
        const result = validateDefinition(request.body);
        return { valid: result.ok, problems: result.problems };
      },
    );

    s.post(
      '/questionnaires/import',
      {
        schema: {
          tags,
          summary:
            'Import a definition as a draft (a new instrument, or a new draft beside the published version)',
          params: OrgParams,
          body: DefinitionBody,
          response: { 201: VersionDetail },
        },
        config: { policy: canAuthorQuestionnaires, denyAs: 403 },
      },
      async (request, reply) => {
        const { version } = await importDefinition(requestContext(deps, request), request.body);
        return reply.status(201).send(presentVersion(version, version.definition as never));
      },
    );

    s.post(
      '/questionnaire-versions/:versionId/publish',
      {
        schema: {
          tags,
          summary: 'Publish a draft; from then on it is immutable',
          params: VersionParams,
          response: { 200: VersionDetail },
        },
        config: { policy: canAuthorQuestionnaires, denyAs: 403 },
      },
      async (request) => {
        const version = await publishVersion(
          requestContext(deps, request),
          request.params.versionId,
        );
        return presentVersion(version, version.definition as never);
      },
    );

    s.delete(
      '/questionnaire-versions/:versionId',
      {
        schema: {
          tags,
          summary: 'Delete a draft',
          params: VersionParams,
          response: { 204: z.null() },
        },
        config: { policy: canAuthorQuestionnaires, denyAs: 403 },
      },
      async (request, reply) => {
        await deleteDraftVersion(requestContext(deps, request), request.params.versionId);
        return reply.status(204).send(null);
      },
    );

    s.post(
      '/questionnaire-versions/:versionId/preview',
      {
        schema: {
          tags,
          summary: 'Score answers against a version without storing anything (preview)',
          params: VersionParams,
          querystring: LocaleQuery,
          body: PreviewBody,
          response: { 200: PreviewResponse },
        },
        config: { policy: canUseQuestionnaires },
      },
      async (request) => {
        const { definition } = await getVersion(
          requestContext(deps, request),
          request.params.versionId,
        );
        return {
          result: previewResult(definition, request.body.answers, localeOf(request)).result,
        };
      },
    );

    s.get(
      '/questionnaires/:questionnaireId/aggregates',
      {
        schema: {
          tags,
          summary:
            'Aggregated scores of your organisation (only for the roles the instrument names)',
          params: QuestionnaireParams,
          querystring: LocaleQuery,
          response: { 200: Aggregates },
        },
        config: { policy: canUseQuestionnaires },
      },
      async (request) =>
        getAggregates(
          requestContext(deps, request),
          request.params.questionnaireId,
          localeOf(request),
        ),
    );

    s.get(
      '/questionnaire-versions/:versionId/responses',
      {
        schema: {
          tags,
          summary:
            'Response-level export (only where the instrument allows it; never personal scans)',
          params: VersionParams,
          response: { 200: ExportBody },
        },
        config: { policy: canAuthorQuestionnaires, denyAs: 403 },
      },
      async (request) => exportResponses(requestContext(deps, request), request.params.versionId),
    );
  });
}
