import { type ApiBody, type ApiResult, client, unwrap } from '../../api/client';
import type { Answers } from './types';

export type QuestionnaireSummary = ApiResult<'/api/v1/orgs/{orgId}/questionnaires'>[number];

export type VersionSummary = QuestionnaireSummary['versions'][number];

export type VersionDetail = ApiResult<'/api/v1/orgs/{orgId}/questionnaire-versions/{versionId}'>;

export type ResponseSummary = ApiResult<'/api/v1/orgs/{orgId}/responses'>[number];

export type Access = ResponseSummary['access'];

export type ResponseDetail = ApiResult<'/api/v1/orgs/{orgId}/responses/{responseId}'>;

export type ResultResponse = ApiResult<'/api/v1/orgs/{orgId}/responses/{responseId}/result'>;

export type Result = ResultResponse['result'];

export type Action = Result['nextSteps'][number];

export type ValidationReport = ApiResult<'/api/v1/orgs/{orgId}/questionnaires/validate', 'post'>;

const lang = (language: string) => ({
  lang: language === 'en' ? ('en' as const) : ('nl' as const),
});
const orgPath = (orgId: string) => ({ params: { path: { orgId } } });
const versionPath = (orgId: string, versionId: string) => ({
  params: { path: { orgId, versionId } },
});
const responsePath = (orgId: string, responseId: string) => ({
  params: { path: { orgId, responseId } },
});

export const questionnairesApi = {
  list: (orgId: string, language: string) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/questionnaires', {
        params: { path: { orgId }, query: lang(language) },
      }),
    ),
  version: (orgId: string, versionId: string) =>
    unwrap(
      client.GET(
        '/api/v1/orgs/{orgId}/questionnaire-versions/{versionId}',
        versionPath(orgId, versionId),
      ),
    ),
  myResponses: (orgId: string, language: string) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/responses', {
        params: { path: { orgId }, query: lang(language) },
      }),
    ),
  start: (orgId: string, versionId: string, members?: string[]) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/responses', {
        ...orgPath(orgId),
        body: { versionId, ...(members ? { members } : {}) },
      }),
    ),
  response: (orgId: string, id: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/responses/{responseId}', responsePath(orgId, id))),
  save: (
    orgId: string,
    id: string,
    body: ApiBody<'/api/v1/orgs/{orgId}/responses/{responseId}/answers', 'put'>,
  ) =>
    unwrap(
      client.PUT('/api/v1/orgs/{orgId}/responses/{responseId}/answers', {
        ...responsePath(orgId, id),
        body,
      }),
    ),
  submit: (orgId: string, id: string, aggregateConsent?: boolean) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/responses/{responseId}/submit', {
        ...responsePath(orgId, id),
        body: aggregateConsent === undefined ? {} : { aggregateConsent },
      }),
    ),
  result: (orgId: string, id: string, language: string) =>
    unwrap(
      client.GET('/api/v1/orgs/{orgId}/responses/{responseId}/result', {
        params: { path: { orgId, responseId: id }, query: lang(language) },
      }),
    ),
  pdfUrl: (orgId: string, id: string, language: string) =>
    `/api/v1/orgs/${encodeURIComponent(orgId)}/responses/${id}/result.pdf?lang=${lang(language).lang}`,
  // What an author pasted goes as it is: the server reports every problem with its path.
  validate: (orgId: string, definition: unknown) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/questionnaires/validate', {
        ...orgPath(orgId),
        body: definition as Record<string, unknown>,
      }),
    ),
  import: (orgId: string, definition: unknown) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/questionnaires/import', {
        ...orgPath(orgId),
        body: definition as Record<string, unknown>,
      }),
    ),
  publish: (orgId: string, versionId: string) =>
    unwrap(
      client.POST(
        '/api/v1/orgs/{orgId}/questionnaire-versions/{versionId}/publish',
        versionPath(orgId, versionId),
      ),
    ),
  deleteDraft: (orgId: string, versionId: string) =>
    unwrap(
      client.DELETE(
        '/api/v1/orgs/{orgId}/questionnaire-versions/{versionId}',
        versionPath(orgId, versionId),
      ),
    ),
  exportUrl: (orgId: string, versionId: string) =>
    `/api/v1/orgs/${encodeURIComponent(orgId)}/questionnaire-versions/${versionId}/export`,
  preview: (orgId: string, versionId: string, answers: Answers, language: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/questionnaire-versions/{versionId}/preview', {
        params: { path: { orgId, versionId }, query: lang(language) },
        body: { answers },
      }),
    ),
};
