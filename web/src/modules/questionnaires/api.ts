import { api } from '../../api/client';
import type { Answers, Definition } from './types';

export interface VersionSummary {
  id: string;
  version: number;
  status: 'draft' | 'published';
  publishedAt: string | null;
  createdAt: string;
}

export interface QuestionnaireSummary {
  id: string;
  key: string;
  owner: 'platform' | 'organisation';
  title: string;
  summary: string | null;
  respondent: 'person' | 'team' | 'commissioned' | 'anonymous';
  estimatedMinutes: number | null;
  published: VersionSummary | null;
  draft: VersionSummary | null;
  versions: VersionSummary[];
  may: { start: boolean; commission: boolean; aggregates: boolean; author: boolean };
}

export interface VersionDetail {
  id: string;
  questionnaireId: string;
  key: string;
  version: number;
  status: 'draft' | 'published';
  owner: 'platform' | 'organisation';
  definition: Definition;
}

export interface Access {
  readAnswers: boolean;
  editAnswers: boolean;
  readResult: boolean;
  manageTeam: boolean;
  erase: boolean;
}

export interface ResponseSummary {
  id: string;
  questionnaireId: string;
  versionId: string;
  version: number;
  key: string;
  title: string;
  respondent: 'person' | 'team' | 'commissioned';
  status: 'in_progress' | 'submitted';
  myRole: string | null;
  currentSection: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  access: Access;
}

export interface ResponseDetail extends ResponseSummary {
  answers: Answers | null;
  visibleSections: string[];
  progress: number;
  participants: { personId: string; displayName: string; role: string }[];
}

export interface Action {
  id: string;
  sectionId: string;
  kind: 'next_step' | 'discussion_point';
  title: string;
  description: string | null;
  toolkit: { key: string; url: string | null } | null;
}

export interface Result {
  direction: 'higher_is_better' | 'higher_is_more_risk' | null;
  total: {
    score: number | null;
    band: { id: string; label: string } | null;
    advice: string | null;
    previousScore: number | null;
    benchmarkScore: number | null;
  } | null;
  sections: {
    id: string;
    title: string;
    score: number | null;
    band: { id: string; label: string } | null;
    advice: string | null;
    actions: Action[];
    previousScore: number | null;
    benchmarkScore: number | null;
  }[];
  nextSteps: Action[];
  discussionGuide: { sectionId: string; sectionTitle: string; points: Action[] }[];
  previous: { submittedAt: string; version: number } | null;
  benchmark: { organisations: number } | null;
}

export interface ResultResponse {
  responseId: string;
  title: string;
  version: number;
  submittedAt: string | null;
  result: Result;
}

export interface ValidationReport {
  valid: boolean;
  problems: { path: string; message: string }[];
}

const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;
const lang = (language: string) => `?lang=${language === 'en' ? 'en' : 'nl'}`;

export const questionnairesApi = {
  list: (orgId: string, language: string) =>
    api.get<QuestionnaireSummary[]>(`${org(orgId)}/questionnaires${lang(language)}`),
  version: (orgId: string, versionId: string) =>
    api.get<VersionDetail>(`${org(orgId)}/questionnaire-versions/${versionId}`),
  myResponses: (orgId: string, language: string) =>
    api.get<ResponseSummary[]>(`${org(orgId)}/responses${lang(language)}`),
  start: (orgId: string, versionId: string, members?: string[]) =>
    api.post<ResponseDetail>(`${org(orgId)}/responses`, {
      versionId,
      ...(members ? { members } : {}),
    }),
  response: (orgId: string, id: string) => api.get<ResponseDetail>(`${org(orgId)}/responses/${id}`),
  save: (
    orgId: string,
    id: string,
    body: { answers: Record<string, unknown>; completeSection?: string; currentSection?: string },
  ) => api.put<ResponseDetail>(`${org(orgId)}/responses/${id}/answers`, body),
  submit: (orgId: string, id: string, aggregateConsent?: boolean) =>
    api.post<ResponseDetail>(
      `${org(orgId)}/responses/${id}/submit`,
      aggregateConsent === undefined ? {} : { aggregateConsent },
    ),
  result: (orgId: string, id: string, language: string) =>
    api.get<ResultResponse>(`${org(orgId)}/responses/${id}/result${lang(language)}`),
  pdfUrl: (orgId: string, id: string, language: string) =>
    `/api/v1${org(orgId)}/responses/${id}/result.pdf${lang(language)}`,
  validate: (orgId: string, definition: unknown) =>
    api.post<ValidationReport>(`${org(orgId)}/questionnaires/validate`, definition),
  import: (orgId: string, definition: unknown) =>
    api.post<VersionDetail>(`${org(orgId)}/questionnaires/import`, definition),
  publish: (orgId: string, versionId: string) =>
    api.post<VersionDetail>(`${org(orgId)}/questionnaire-versions/${versionId}/publish`),
  deleteDraft: (orgId: string, versionId: string) =>
    api.delete<void>(`${org(orgId)}/questionnaire-versions/${versionId}`),
  exportUrl: (orgId: string, versionId: string) =>
    `/api/v1${org(orgId)}/questionnaire-versions/${versionId}/export`,
  preview: (orgId: string, versionId: string, answers: Answers, language: string) =>
    api.post<{ result: Result }>(
      `${org(orgId)}/questionnaire-versions/${versionId}/preview${lang(language)}`,
      { answers },
    ),
};
