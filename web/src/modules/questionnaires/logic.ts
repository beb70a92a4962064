import type {
  Answers,
  AnswerValue,
  Condition,
  Definition,
  FollowUpQuestion,
  Question,
  Text,
} from './types';

/*
 * Display logic in the browser, mirroring the server (which stays the judge:
 * it validates every answer and drops answers to hidden questions).
 */

export type AnyQuestion = Question | FollowUpQuestion;

export interface Entry {
  question: AnyQuestion;
  sectionIndex: number;
  parent?: { id: string; when: boolean };
}

export function localise(text: Text | undefined, language: string): string {
  if (!text) return '';
  return (language === 'en' ? text.en : undefined) ?? text.nl;
}

export function flatten(definition: Definition): Entry[] {
  const out: Entry[] = [];
  definition.sections.forEach((section, sectionIndex) => {
    for (const question of section.questions) {
      out.push({ question, sectionIndex });
      if (question.type === 'yes_no' && question.followUp) {
        out.push({
          question: question.followUp.question,
          sectionIndex,
          parent: { id: question.id, when: question.followUp.when },
        });
      }
    }
  });
  return out;
}

function isEmpty(a: AnswerValue | undefined): boolean {
  if (a === undefined || a === null || a === '') return true;
  if (Array.isArray(a)) return a.length === 0;
  if (typeof a === 'object') return Object.keys(a).length === 0;
  return false;
}

function matches(a: AnswerValue, wanted: string | number | boolean): boolean {
  if (Array.isArray(a)) return a.includes(String(wanted));
  if (typeof a === 'object') return false;
  return a === wanted || String(a) === String(wanted);
}

export function evaluate(c: Condition, answers: Answers): boolean {
  if ('all' in c) return c.all.every((x) => evaluate(x, answers));
  if ('any' in c) return c.any.some((x) => evaluate(x, answers));
  if ('not' in c) return !evaluate(c.not, answers);
  const a = answers[c.question];
  if ('answered' in c) return isEmpty(a) !== c.answered;
  if (a === undefined || isEmpty(a)) return false;
  if ('equals' in c) return matches(a, c.equals);
  if ('in' in c) return c.in.some((w) => matches(a, w));
  const n = typeof a === 'number' ? a : Number(a);
  if (typeof a === 'object' || !Number.isFinite(n)) return false;
  return (c.min === undefined || n >= c.min) && (c.max === undefined || n <= c.max);
}

export interface Visibility {
  sections: Set<string>;
  questions: Set<string>;
}

/** Which sections and questions are shown for these answers (same walk as the server). */
export function visibility(definition: Definition, answers: Answers): Visibility {
  const sections = new Set<string>();
  const questions = new Set<string>();
  const seen: Answers = {};
  let current = -1;
  let shown = false;
  for (const entry of flatten(definition)) {
    const section = definition.sections[entry.sectionIndex]!;
    if (entry.sectionIndex !== current) {
      current = entry.sectionIndex;
      shown = !section.showIf || evaluate(section.showIf, seen);
      if (shown) sections.add(section.id);
    }
    if (!shown) continue;
    const { question, parent } = entry;
    if (parent && (!questions.has(parent.id) || seen[parent.id] !== parent.when)) continue;
    if (question.showIf && !evaluate(question.showIf, seen)) continue;
    questions.add(question.id);
    const a = answers[question.id];
    if (a !== undefined) seen[question.id] = a;
  }
  return { sections, questions };
}

/** Id of the element an error about `questionId` (and matrix `item`) should focus. */
export function fieldId(questionId: string, item?: string): string {
  return item ? `q-${questionId}-${item}` : `q-${questionId}`;
}
