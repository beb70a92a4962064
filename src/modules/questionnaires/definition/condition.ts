import { z } from 'zod';
import { MAX_CONDITION_BRANCHES } from '../questionnaires.constants';

/** One answer as the engine stores it (see answer-validation.ts for the shape per question type). */
export type AnswerValue = string | number | boolean | string[] | Record<string, string>;
export type Answers = Record<string, AnswerValue>;

/**
 * When a question or section is shown, as data: a small condition language over
 * earlier answers. It is the same language the Monitor uses for its indicators
 * ({question, equals|in|min/max}, all/any/not), plus `answered`, so a Monitor
 * indicator can be checked against a questionnaire version without translation.
 */
export type Condition =
  | { question: string; equals: string | number | boolean }
  | { question: string; in: (string | number)[] }
  | { question: string; min?: number; max?: number }
  | { question: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ID_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;

export const QuestionRef = z
  .string()
  .regex(ID_PATTERN, 'een vraagcode in kleine letters, cijfers en _')
  .describe('Id of an EARLIER question whose answer the condition reads');

export const ConditionSchema: z.ZodType<Condition> = z
  .lazy(() =>
    z.union([
      z
        .object({
          question: QuestionRef,
          equals: z
            .union([z.string().max(200), z.number(), z.boolean()])
            .describe(
              'Holds when the answer equals this (an option value, a number, or true/false for yes/no); for multiple choice: when this option is among the chosen',
            ),
        })
        .strict(),
      z
        .object({
          question: QuestionRef,
          in: z
            .array(z.union([z.string().max(200), z.number()]))
            .min(1)
            .max(50)
            .describe('Holds when the answer is one of these values'),
        })
        .strict(),
      z
        .object({
          question: QuestionRef,
          min: z.number().optional().describe('Holds when the numeric answer is at least this'),
          max: z.number().optional().describe('Holds when the numeric answer is at most this'),
        })
        .strict(),
      z
        .object({
          question: QuestionRef,
          answered: z
            .boolean()
            .describe('true: holds when the question has an answer; false: when it has none'),
        })
        .strict(),
      z
        .object({
          all: z
            .array(ConditionSchema)
            .min(1)
            .max(MAX_CONDITION_BRANCHES)
            .describe('Holds when every condition holds'),
        })
        .strict(),
      z
        .object({
          any: z
            .array(ConditionSchema)
            .min(1)
            .max(MAX_CONDITION_BRANCHES)
            .describe('Holds when at least one condition holds'),
        })
        .strict(),
      // `not` holds when the inner condition does not hold (no .describe() here: it would
      // evaluate this lazy schema while building it).
      z.object({ not: ConditionSchema }).strict(),
    ]),
  )
  .meta({ id: 'Condition', description: 'A condition over earlier answers' });

function isEmpty(answer: AnswerValue | undefined): boolean {
  if (answer === undefined || answer === null || answer === '') return true;
  if (Array.isArray(answer)) return answer.length === 0;
  if (typeof answer === 'object') return Object.keys(answer).length === 0;
  return false;
}

function matches(answer: AnswerValue, wanted: string | number | boolean): boolean {
  if (Array.isArray(answer)) return answer.includes(String(wanted));
  if (typeof answer === 'object') return false;
  return answer === wanted || String(answer) === String(wanted);
}

/**
 * Evaluate a condition for showing a question. Unlike the Monitor's
 * three-valued indicator logic, display logic is two-valued: a condition on a
 * question without an answer does not hold (the dependent question stays
 * hidden until the earlier one is answered), except `answered: false`.
 */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers));
  if ('not' in condition) return !evaluateCondition(condition.not, answers);
  const answer = answers[condition.question];
  if ('answered' in condition) return isEmpty(answer) !== condition.answered;
  if (answer === undefined || isEmpty(answer)) return false;
  if ('equals' in condition) return matches(answer, condition.equals);
  if ('in' in condition) return condition.in.some((w) => matches(answer, w));
  const n = typeof answer === 'number' ? answer : Number(answer);
  if (typeof answer === 'object' || !Number.isFinite(n)) return false;
  return (
    (condition.min === undefined || n >= condition.min) &&
    (condition.max === undefined || n <= condition.max)
  );
}

/** A leaf of a condition with its path below the condition's root (for error messages). */
export interface ConditionLeaf {
  question: string;
  path: (string | number)[];
  leaf: Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>;
}

/** Every question a condition reads, with where in the condition it is read. */
export function conditionLeaves(
  condition: Condition,
  path: (string | number)[] = [],
): ConditionLeaf[] {
  if ('all' in condition)
    return condition.all.flatMap((c, i) => conditionLeaves(c, [...path, 'all', i]));
  if ('any' in condition)
    return condition.any.flatMap((c, i) => conditionLeaves(c, [...path, 'any', i]));
  if ('not' in condition) return conditionLeaves(condition.not, [...path, 'not']);
  return [{ question: condition.question, path, leaf: condition }];
}

/** Nesting depth of a condition (a leaf has depth 1). */
export function conditionDepth(condition: Condition): number {
  if ('all' in condition) return 1 + Math.max(...condition.all.map(conditionDepth));
  if ('any' in condition) return 1 + Math.max(...condition.any.map(conditionDepth));
  if ('not' in condition) return 1 + conditionDepth(condition.not);
  return 1;
}
