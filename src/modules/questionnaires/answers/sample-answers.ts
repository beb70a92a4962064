import type { Answers, AnswerValue } from '../definition/condition';
import type { QuestionnaireDefinition } from '../definition/definition.schema';
import { type AnyQuestion, flattenQuestions } from '../definition/definition-model';

/**
 * A valid answer for any question, steered by `pick(n)` (an index below n).
 * Used by tests (fixed picks and fast-check generated ones) and by the demo
 * to fill in example responses; never by request handling.
 */
export function sampleAnswer(q: AnyQuestion, pick: (n: number) => number): AnswerValue {
  const at = <T>(xs: readonly T[]) => xs[Math.min(xs.length - 1, pick(xs.length))]!;
  switch (q.type) {
    case 'single_choice':
      return at(q.options).value;
    case 'multiple_choice': {
      const exclusive = q.options.filter((o) => o.exclusive);
      const free = q.options.filter((o) => !o.exclusive).map((o) => o.value);
      const least = Math.max(1, q.minSelected ?? 1);
      const most = Math.min(free.length, q.maxSelected ?? free.length);
      if (exclusive.length > 0 && (pick(3) === 0 || free.length < least || most < least))
        return [at(exclusive).value];
      const k = least + pick(most - least + 1);
      const pool = [...free];
      const chosen: string[] = [];
      while (chosen.length < k && pool.length > 0)
        chosen.push(pool.splice(pick(pool.length), 1)[0]!);
      return chosen;
    }
    case 'likert':
      return q.scale.from + pick(q.scale.to - q.scale.from + 1);
    case 'number': {
      const lo = q.min ?? 0;
      const hi = Math.min(q.max ?? lo + 100, lo + 1_000_000);
      if (q.integer) return Math.ceil(lo) + pick(Math.max(1, Math.floor(hi) - Math.ceil(lo) + 1));
      return lo + (pick(1001) / 1000) * (hi - lo);
    }
    case 'text':
      return 'Voorbeeldantwoord'.slice(0, q.maxLength);
    case 'date':
      return q.notBefore && q.notBefore > '2024-05-01' ? q.notBefore : '2024-05-01';
    case 'matrix':
      return Object.fromEntries(q.items.map((item) => [item.id, at(q.scale).value]));
    case 'yes_no':
      return pick(2) === 0;
  }
}

/** An answer to every question (hidden ones too; the engine drops those). */
export function completeAnswers(
  definition: QuestionnaireDefinition,
  pick: (n: number) => number,
): Answers {
  const answers: Answers = {};
  for (const { question } of flattenQuestions(definition))
    answers[question.id] = sampleAnswer(question, pick);
  return answers;
}
