import type { components } from '../../api/schema';

/*
 * The questionnaire definition as the server's definition schema describes it
 * (format version 1; also published at /api/v1/questionnaires/schema.json).
 */
type Schemas = components['schemas'];

export type Text = Schemas['Text'];
export type Condition = Schemas['Condition'];
export type Option = Schemas['Option'];
export type FollowUpQuestion = Schemas['FollowUpQuestion'];
export type Question = Schemas['Question'];
export type Section = Schemas['Section'];
export type Definition = Schemas['QuestionnaireDefinition'];

/** One answer as the renderer holds it (null clears an answer on the server). */
export type AnswerValue = string | number | boolean | string[] | Record<string, string>;
export type Answers = Record<string, AnswerValue>;
/** The answers of one save: null clears an answer. */
export type AnswersDelta = Record<string, AnswerValue | null>;
