import { expect } from 'vitest';
import type { TestApp } from '../../test/test-app';
import { completeAnswers } from './answers/sample-answers';
import type { QuestionnaireDefinition } from './definition/definition.schema';

/*
 * Helpers for the HTTP tests of the questionnaire engine and the scans (test
 * code only): find a published version, fill in and submit a response.
 */

export type Headers = Record<string, string>;

export interface Version {
  id: string;
  questionnaireId: string;
  definition: QuestionnaireDefinition;
}

export async function publishedVersion(
  t: TestApp,
  orgId: string,
  headers: Headers,
  key: string,
): Promise<Version> {
  const list = await t.app.inject({
    method: 'GET',
    url: `/api/v1/orgs/${orgId}/questionnaires`,
    headers,
  });
  expect(list.statusCode, list.body).toBe(200);
  const q = (list.json() as { key: string; published: { id: string } | null }[]).find(
    (x) => x.key === key,
  );
  if (!q?.published) throw new Error(`no published version of ${key}`);
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/orgs/${orgId}/questionnaire-versions/${q.published.id}`,
    headers,
  });
  return res.json() as Version;
}

export async function start(
  t: TestApp,
  orgId: string,
  headers: Headers,
  versionId: string,
  members?: string[],
) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/orgs/${orgId}/responses`,
    headers,
    payload: { versionId, ...(members ? { members } : {}) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

export async function fillAndSubmit(
  t: TestApp,
  orgId: string,
  headers: Headers,
  responseId: string,
  definition: QuestionnaireDefinition,
  options: {
    pick?: (n: number) => number;
    overrides?: Record<string, unknown>;
    submit?: Record<string, unknown>;
  } = {},
) {
  const answers = {
    ...completeAnswers(definition, options.pick ?? (() => 0)),
    ...options.overrides,
  };
  const saved = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/orgs/${orgId}/responses/${responseId}/answers`,
    headers,
    payload: { answers },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const submitted = await t.app.inject({
    method: 'POST',
    url: `/api/v1/orgs/${orgId}/responses/${responseId}/submit`,
    headers,
    payload: options.submit ?? {},
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
  return answers;
}
