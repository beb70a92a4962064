import { type Answers, evaluateCondition } from './condition';
import type {
  FollowUpQuestion,
  LocalText,
  Question,
  QuestionnaireDefinition,
  Section,
} from './definition.schema';

/** A question of any type, follow-ups included. */
export type AnyQuestion = Question | FollowUpQuestion;

/** One question in document order, with where it sits. */
export interface QuestionEntry {
  question: AnyQuestion;
  section: Section;
  sectionIndex: number;
  /** Position in document order over all questions (follow-ups right after their parent). */
  order: number;
  /** Path of the question inside the definition, e.g. ['sections', 0, 'questions', 2]. */
  path: (string | number)[];
  /** For a follow-up: the yes/no question it follows and the answer that asks it. */
  parent?: { id: string; when: boolean };
}

/** Every question in document order; a yes/no follow-up comes right after its question. */
export function flattenQuestions(definition: QuestionnaireDefinition): QuestionEntry[] {
  const out: QuestionEntry[] = [];
  definition.sections.forEach((section, sectionIndex) => {
    section.questions.forEach((question, questionIndex) => {
      const path = ['sections', sectionIndex, 'questions', questionIndex];
      out.push({ question, section, sectionIndex, order: out.length, path });
      if (question.type === 'yes_no' && question.followUp) {
        out.push({
          question: question.followUp.question,
          section,
          sectionIndex,
          order: out.length,
          path: [...path, 'followUp', 'question'],
          parent: { id: question.id, when: question.followUp.when },
        });
      }
    });
  });
  return out;
}

/** Questions by id (ids are unique in a valid definition). */
export function questionIndex(definition: QuestionnaireDefinition): Map<string, QuestionEntry> {
  return new Map(flattenQuestions(definition).map((e) => [e.question.id, e]));
}

export interface Visibility {
  sections: Set<string>;
  questions: Set<string>;
}

/**
 * Which sections and questions are shown for these answers. Walks the
 * definition in order and evaluates each condition only over answers to
 * questions already found visible, so an answer left behind on a hidden
 * question never switches anything on.
 */
export function computeVisibility(
  definition: QuestionnaireDefinition,
  answers: Answers,
): Visibility {
  const sections = new Set<string>();
  const questions = new Set<string>();
  const seen: Answers = {};
  let currentSection = -1;
  let sectionShown = false;
  for (const entry of flattenQuestions(definition)) {
    if (entry.sectionIndex !== currentSection) {
      currentSection = entry.sectionIndex;
      const condition = entry.section.showIf;
      sectionShown = !condition || evaluateCondition(condition, seen);
      if (sectionShown) sections.add(entry.section.id);
    }
    if (!sectionShown) continue;
    const { question, parent } = entry;
    if (parent) {
      if (!questions.has(parent.id) || seen[parent.id] !== parent.when) continue;
    }
    if (question.showIf && !evaluateCondition(question.showIf, seen)) continue;
    questions.add(question.id);
    const answer = answers[question.id];
    if (answer !== undefined) seen[question.id] = answer;
  }
  return { sections, questions };
}

/** The answers without those to questions that are not shown. */
export function pruneHidden(
  definition: QuestionnaireDefinition,
  answers: Answers,
): { answers: Answers; visibility: Visibility } {
  const visibility = computeVisibility(definition, answers);
  const kept: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    if (visibility.questions.has(id)) kept[id] = value;
  }
  return { answers: kept, visibility };
}

/** A text in the requested language, falling back to Dutch. */
export function localise(text: LocalText | undefined, locale: 'nl' | 'en' = 'nl'): string {
  if (!text) return '';
  return (locale === 'en' ? text.en : undefined) ?? text.nl;
}
