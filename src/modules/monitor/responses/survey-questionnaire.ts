/**
 * THE SEAM between the Monitor and the questionnaire engine: the only file
 * that knows where the survey's questions come from and how an answer set is
 * checked. The engine (src/modules/questionnaires, through its index.ts)
 * holds the published versions (the Monitor publishes its own two at start,
 * see monitor-questionnaire.ts) and validates a response; the Monitor keeps
 * storage, because anonymity (no link to the invitation, batching) is the
 * Monitor's promise. The invitee's page gets a flattened view of the version.
 */
import type { Db } from '../../../db/database';
import { AppError } from '../../../platform/errors/app-error';
import {
  flattenQuestions,
  loadPublishedVersion,
  type PublishedVersion,
  type QuestionnaireDefinition,
  validateResponse,
} from '../../questionnaires';
import type { Condition } from '../indicators/indicator-condition';
import type { Answers, Gender, WaveRow } from '../monitor.tables';

/** The question whose answer is the gender breakdown. */
export const GENDER_QUESTION = 'geslacht';

interface Text {
  nl: string;
  en: string;
}

/** One question as the invitee's page renders it (single choice or free text). */
export interface SurveyQuestion {
  id: string;
  type: 'single_choice' | 'text';
  text: Text;
  options?: { value: string; label: Text }[];
  required: boolean;
  showIf?: Condition;
}

/** The survey as the invitee's page gets it, plus the engine's version behind it. */
export interface SurveyQuestionnaire {
  key: string;
  title: Text;
  intro: Text;
  questions: SurveyQuestion[];
  version: PublishedVersion;
}

const both = (t: { nl: string; en?: string } | undefined): Text => ({
  nl: t?.nl ?? '',
  en: t?.en ?? t?.nl ?? '',
});

function toView(definition: QuestionnaireDefinition): Omit<SurveyQuestionnaire, 'version'> {
  const questions: SurveyQuestion[] = [];
  for (const { question: q } of flattenQuestions(definition)) {
    if (q.type !== 'single_choice' && q.type !== 'text') {
      throw new AppError(
        'conflict',
        'Deze vragenlijstversie bevat vraagtypen die de Monitor-enquête niet toont.',
      );
    }
    questions.push({
      id: q.id,
      type: q.type,
      text: both(q.text),
      ...(q.type === 'single_choice'
        ? { options: q.options.map((o) => ({ value: o.value, label: both(o.label) })) }
        : {}),
      required: q.required,
      ...(q.showIf ? { showIf: q.showIf as Condition } : {}),
    });
  }
  return {
    key: definition.key,
    title: both(definition.title),
    intro: both(definition.intro),
    questions,
  };
}

/** The published version a wave's survey uses (by version id once fixed, else newest of its key). */
export async function loadSurveyQuestionnaire(
  db: Db,
  wave: Pick<WaveRow, 'organisation_id' | 'questionnaire_key' | 'questionnaire_version_id'>,
): Promise<SurveyQuestionnaire> {
  const version = await loadPublishedVersion(
    db,
    wave.organisation_id,
    wave.questionnaire_version_id
      ? { versionId: wave.questionnaire_version_id }
      : { key: wave.questionnaire_key },
  );
  if (!version)
    throw new AppError('conflict', 'De vragenlijst van deze meting is niet (meer) gepubliceerd.');
  return { ...toView(version.definition), version };
}

/** The newest published version of a questionnaire key the organisation may use, or null. */
export async function currentVersionId(
  db: Db,
  organisationId: string,
  key: string,
): Promise<string | null> {
  return (await loadPublishedVersion(db, organisationId, { key }))?.versionId ?? null;
}

/** Every question id a version asks, for checking indicator definitions. */
export async function questionIdsOf(
  db: Db,
  organisationId: string,
  key: string,
): Promise<string[]> {
  const version = await loadPublishedVersion(db, organisationId, { key });
  return version ? flattenQuestions(version.definition).map((e) => e.question.id) : [];
}

export interface ValidatedResponse {
  /** Structured answers, free text excluded. */
  answers: Answers;
  gender: Gender | null;
  /** Free text, to be stored encrypted; never in `answers`. */
  openText: string | null;
}

/**
 * Check a submitted answer set with the engine: known questions only, allowed
 * options only, required questions answered when shown, hidden ones dropped.
 * Throws 400 with one field per problem (body.answers.<questionId>).
 */
export function validateSurveyAnswers(
  questionnaire: SurveyQuestionnaire,
  input: Record<string, unknown>,
): ValidatedResponse {
  const validated = validateResponse(questionnaire.version.definition, input);
  const answers = validated.answers as Answers;
  const texts = Object.values(validated.openText).filter((t) => t.trim() !== '');
  const g = answers[GENDER_QUESTION];
  const gender = g === 'man' || g === 'vrouw' || g === 'anders' ? g : null;
  return { answers, gender, openText: texts.length > 0 ? texts.join('\n\n') : null };
}
