import { z } from 'zod';
import type { Answers, AnswerValue } from '../monitor.tables';

/**
 * When an indicator counts a respondent, as data: a small condition language
 * over the answers. Evaluation is three-valued: a condition on an unanswered
 * question is unknown (null), and an unknown respondent is left out of the
 * estimate (item non-response) rather than counted as "no".
 */
export type Condition =
  | { question: string; equals: string | number | boolean }
  | { question: string; in: (string | number)[] }
  | { question: string; min?: number; max?: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const QuestionId = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, 'een vraagcode in kleine letters, cijfers en _')
  .describe('Question id in the questionnaire');

/** The condition language as a zod schema (recursive), for the API and for stored rows. */
export const ConditionSchema: z.ZodType<Condition> = z
  .lazy(() =>
    z.union([
      z
        .object({
          question: QuestionId,
          equals: z
            .union([z.string().max(200), z.number(), z.boolean()])
            .describe('Counted answer'),
        })
        .strict(),
      z
        .object({
          question: QuestionId,
          in: z
            .array(z.union([z.string().max(200), z.number()]))
            .min(1)
            .max(50)
            .describe('Counted answers'),
        })
        .strict(),
      z
        .object({
          question: QuestionId,
          min: z.number().optional().describe('Counted from this number up'),
          max: z.number().optional().describe('Counted up to this number'),
        })
        .strict()
        .refine((c) => c.min !== undefined || c.max !== undefined, 'min of max is nodig'),
      // No .describe() on the recursive references: it would evaluate this lazy schema while building it.
      z.object({ all: z.array(ConditionSchema).min(1).max(20) }).strict(),
      z.object({ any: z.array(ConditionSchema).min(1).max(20) }).strict(),
      z.object({ not: ConditionSchema }).strict(),
    ]),
  )
  .meta({
    id: 'MonitorCondition',
    description:
      'When an indicator counts a respondent: {question, equals|in|min/max}, or all/any/not of conditions',
  });

function matches(answer: AnswerValue, wanted: string | number | boolean): boolean {
  if (Array.isArray(answer)) return answer.includes(String(wanted));
  return answer === wanted || String(answer) === String(wanted);
}

/** Evaluate a condition on one respondent's answers: true, false, or null when unknown. */
export function evaluateCondition(condition: Condition, answers: Answers): boolean | null {
  if ('all' in condition) {
    let unknown = false;
    for (const c of condition.all) {
      const v = evaluateCondition(c, answers);
      if (v === false) return false;
      if (v === null) unknown = true;
    }
    return unknown ? null : true;
  }
  if ('any' in condition) {
    let unknown = false;
    for (const c of condition.any) {
      const v = evaluateCondition(c, answers);
      if (v === true) return true;
      if (v === null) unknown = true;
    }
    return unknown ? null : false;
  }
  if ('not' in condition) {
    const v = evaluateCondition(condition.not, answers);
    return v === null ? null : !v;
  }
  const answer = answers[condition.question];
  if (answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)) {
    return null;
  }
  if ('equals' in condition) return matches(answer, condition.equals);
  if ('in' in condition) return condition.in.some((w) => matches(answer, w));
  const n = typeof answer === 'number' ? answer : Number(answer);
  if (!Number.isFinite(n)) return false;
  return (
    (condition.min === undefined || n >= condition.min) &&
    (condition.max === undefined || n <= condition.max)
  );
}

/** Every question a condition reads, for checking a definition against the questionnaire. */
export function questionsOf(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(questionsOf);
  if ('any' in condition) return condition.any.flatMap(questionsOf);
  if ('not' in condition) return questionsOf(condition.not);
  return [condition.question];
}

/** What an indicator needs to score one respondent. */
export interface IndicatorRule {
  key: string;
  condition: Condition;
  baseCondition: Condition | null;
}

/**
 * One respondent's value for an indicator: 1, 0, or NaN (not in the base
 * population, or unknown). A value given directly by imported microdata wins.
 */
export function indicatorValue(
  rule: IndicatorRule,
  answers: Answers,
  direct: Record<string, number>,
): number {
  const given = direct[rule.key];
  if (given === 0 || given === 1) return given;
  if (rule.baseCondition && evaluateCondition(rule.baseCondition, answers) !== true) {
    return Number.NaN;
  }
  const v = evaluateCondition(rule.condition, answers);
  return v === null ? Number.NaN : v ? 1 : 0;
}
