import type { Db } from '../../../db/database';
import type { KeyRing } from '../../../platform/crypto/keyring';
import { AppError } from '../../../platform/errors/app-error';
import { mergeAnswers, missingRequired } from '../answers/answer-validation';
import type { Answers } from '../definition/condition';
import type { QuestionnaireDefinition } from '../definition/definition.schema';
import { flattenQuestions } from '../definition/definition-model';
import { PLATFORM_OWNER_ID } from '../questionnaires.constants';
import { findVersion, latestPublishedByKey } from '../questionnaires.repository';
import { insertAnonymous, listAnonymous } from '../responses.repository';
import { type ScoreResult, scoreResponse } from '../scoring/scoring';
import { definitionOf, today } from './context';

/*
 * The seam for surveys (the Monitor): load a published version, validate and
 * score a complete answer set, store it with no link to any person, and read
 * the stored responses back as flat rows for weighting.
 */

/** Which version: by id, or the newest published one of an instrument key (own before platform). */
export type VersionRef = { versionId: string } | { key: string };

export interface PublishedVersion {
  ownerId: string;
  versionId: string;
  version: number;
  definition: QuestionnaireDefinition;
}

/** A published version the organisation may use, or null. */
export async function loadPublishedVersion(
  db: Db,
  organisationId: string,
  ref: VersionRef,
): Promise<PublishedVersion | null> {
  const row =
    'versionId' in ref
      ? await findVersion(db, organisationId, ref.versionId)
      : ((await latestPublishedByKey(db, organisationId, ref.key)) ??
        (await latestPublishedByKey(db, PLATFORM_OWNER_ID, ref.key)));
  if (row?.status !== 'published') return null;
  return {
    ownerId: row.organisation_id,
    versionId: row.id,
    version: row.version,
    definition: definitionOf(row),
  };
}

export interface ValidatedResponse {
  /** Structured answers; free text is not in here. */
  answers: Answers;
  /** Free-text answers by question id, to be stored encrypted. */
  openText: Record<string, string>;
  /** Scores when the definition is scored, else null. */
  scores: ScoreResult | null;
}

/**
 * Validate a complete answer set against a version: known questions only,
 * allowed values only, required questions answered when shown; answers to
 * hidden questions are dropped. Throws 400 naming each question
 * (`body.answers.<id>`), exactly as the engine's own routes do.
 */
export function validateResponse(
  definition: QuestionnaireDefinition,
  input: Record<string, unknown>,
  now = new Date(),
): ValidatedResponse {
  const merged = mergeAnswers(definition, {}, input, today(now));
  const errors =
    merged.errors.length > 0 ? merged.errors : missingRequired(definition, merged.answers);
  if (errors.length > 0) {
    throw new AppError('validation_failed', 'Niet alle vragen zijn goed ingevuld.', {
      fields: errors,
    });
  }
  const textIds = new Set(
    flattenQuestions(definition)
      .filter((e) => e.question.type === 'text')
      .map((e) => e.question.id),
  );
  const answers: Answers = {};
  const openText: Record<string, string> = {};
  for (const [id, value] of Object.entries(merged.answers)) {
    if (textIds.has(id)) openText[id] = String(value);
    else answers[id] = value;
  }
  return {
    answers,
    openText,
    scores: definition.scoring ? scoreResponse(definition, merged.answers) : null,
  };
}

/**
 * Store a validated survey response with no link to a person or invitation:
 * a random id, the day (never the time) and the caller's design variables.
 * Call it inside the caller's transaction.
 */
export async function storeAnonymousResponse(
  trx: Db,
  keyring: KeyRing,
  input: {
    organisationId: string;
    version: Pick<PublishedVersion, 'ownerId' | 'versionId'>;
    response: ValidatedResponse;
    /** Design variables such as a wave and stratum (no identifying data). */
    attributes?: Record<string, string | number | boolean | null>;
    receivedOn?: string;
  },
): Promise<string> {
  const { openText, answers, scores } = input.response;
  const row = await insertAnonymous(trx, {
    organisationId: input.organisationId,
    versionOwnerId: input.version.ownerId,
    versionId: input.version.versionId,
    source: 'survey',
    receivedOn: input.receivedOn ?? today(),
    answers,
    openTextEnc:
      Object.keys(openText).length > 0
        ? await keyring.encryptText(trx, input.organisationId, JSON.stringify(openText))
        : null,
    attributes: input.attributes ?? {},
    scores,
  });
  return row.id;
}

/**
 * Answers as flat columns for weighting and export: a choice as its value, a
 * multiple choice as one 0/1 column per option (`q.option`), a matrix as one
 * column per item (`q.item`), yes/no as 1/0, unanswered as null. Free text
 * is never included.
 */
export function flattenAnswers(
  definition: QuestionnaireDefinition,
  answers: Answers,
): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const { question: q } of flattenQuestions(definition)) {
    const a = answers[q.id];
    switch (q.type) {
      case 'text':
        break;
      case 'multiple_choice':
        for (const o of q.options)
          out[`${q.id}.${o.value}`] =
            a === undefined ? null : (a as string[]).includes(o.value) ? 1 : 0;
        break;
      case 'matrix':
        for (const item of q.items)
          out[`${q.id}.${item.id}`] =
            a === undefined ? null : ((a as Record<string, string>)[item.id] ?? null);
        break;
      case 'yes_no':
        out[q.id] = a === undefined ? null : a === true ? 1 : 0;
        break;
      default:
        out[q.id] = a === undefined ? null : (a as string | number);
    }
  }
  return out;
}

/** Stored survey responses of versions, as rows for weighting (random order, no free text). */
export async function listAnonymousResponses(
  db: Db,
  organisationId: string,
  version: Pick<PublishedVersion, 'versionId' | 'definition'>,
) {
  const rows = await listAnonymous(db, organisationId, [version.versionId], 'survey');
  return rows.map((r) => ({
    id: r.id,
    receivedOn: r.received_on,
    attributes: r.attributes as Record<string, unknown>,
    answers: r.answers as Answers,
    columns: flattenAnswers(version.definition, (r.answers ?? {}) as Answers),
    scores: r.scores as ScoreResult | null,
  }));
}
