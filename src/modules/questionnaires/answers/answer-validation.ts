import type { FieldError } from '../../../platform/errors/app-error';
import type { Answers, AnswerValue } from '../definition/condition';
import type { QuestionnaireDefinition } from '../definition/definition.schema';
import { type AnyQuestion, pruneHidden, questionIndex } from '../definition/definition-model';

/*
 * What an answer looks like per question type, and the checks at the edge:
 *   single_choice   "option_value"
 *   multiple_choice ["option_value", ...]        (no duplicates; exclusive options alone)
 *   likert          whole number from scale.from to scale.to
 *   number          number within min/max (whole when integer)
 *   text            string up to maxLength characters
 *   date            "YYYY-MM-DD"
 *   matrix          { "item_id": "scale_value", ... } for every item
 *   yes_no          true | false
 * null (or "") in a save clears an answer.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

type Checked = { value: AnswerValue } | { error: string; suffix?: string };

/** Check one answer against its question; `today` (YYYY-MM-DD) for date limits. */
export function checkAnswer(q: AnyQuestion, raw: unknown, today: string): Checked {
  switch (q.type) {
    case 'single_choice':
      return typeof raw === 'string' && q.options.some((o) => o.value === raw)
        ? { value: raw }
        : { error: 'Kies een van de gegeven antwoorden.' };
    case 'multiple_choice': {
      if (!Array.isArray(raw) || raw.some((v) => typeof v !== 'string'))
        return { error: 'Geef een lijst van gekozen antwoorden.' };
      const values = raw as string[];
      const allowed = new Map(q.options.map((o) => [o.value, o]));
      if (values.some((v) => !allowed.has(v)))
        return { error: 'Kies alleen uit de gegeven antwoorden.' };
      if (new Set(values).size !== values.length)
        return { error: 'Elk antwoord kan maar één keer.' };
      if (values.length > 1 && values.some((v) => allowed.get(v)?.exclusive))
        return { error: 'Dit antwoord kan niet samen met andere antwoorden.' };
      const exclusiveAlone = values.length === 1 && allowed.get(values[0]!)?.exclusive;
      if (!exclusiveAlone && q.minSelected !== undefined && values.length < q.minSelected)
        return { error: `Kies er minstens ${q.minSelected}.` };
      if (q.maxSelected !== undefined && values.length > q.maxSelected)
        return { error: `Kies er hoogstens ${q.maxSelected}.` };
      return { value: values };
    }
    case 'likert':
      return Number.isInteger(raw) &&
        (raw as number) >= q.scale.from &&
        (raw as number) <= q.scale.to
        ? { value: raw as number }
        : { error: `Kies een waarde van ${q.scale.from} tot en met ${q.scale.to}.` };
    case 'number': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return { error: 'Vul een getal in.' };
      if (q.integer && !Number.isInteger(raw)) return { error: 'Vul een geheel getal in.' };
      if (q.min !== undefined && raw < q.min)
        return { error: `Vul een getal van minstens ${q.min} in.` };
      if (q.max !== undefined && raw > q.max)
        return { error: `Vul een getal van hoogstens ${q.max} in.` };
      return { value: raw };
    }
    case 'text': {
      if (typeof raw !== 'string') return { error: 'Vul tekst in.' };
      const text = raw.trim();
      if (text.length > q.maxLength) return { error: `Gebruik hoogstens ${q.maxLength} tekens.` };
      return { value: text };
    }
    case 'date': {
      if (typeof raw !== 'string' || !isRealDate(raw))
        return { error: 'Vul een bestaande datum in (jjjj-mm-dd).' };
      if (q.notAfterToday && raw > today)
        return { error: 'De datum mag niet in de toekomst liggen.' };
      if (q.notBefore && raw < q.notBefore)
        return { error: `De datum mag niet voor ${q.notBefore} liggen.` };
      return { value: raw };
    }
    case 'matrix': {
      if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        return { error: 'Geef per stelling een antwoord.' };
      const ratings = raw as Record<string, unknown>;
      const items = new Set(q.items.map((i) => i.id));
      const scale = new Set(q.scale.map((o) => o.value));
      for (const [item, value] of Object.entries(ratings)) {
        if (!items.has(item))
          return { error: 'Deze stelling bestaat niet in de vraag.', suffix: item };
        if (typeof value !== 'string' || !scale.has(value))
          return { error: 'Kies een van de gegeven antwoorden.', suffix: item };
      }
      const missing = q.items.find((i) => ratings[i.id] === undefined);
      if (missing) return { error: 'Geef bij elke stelling een antwoord.', suffix: missing.id };
      return { value: ratings as Record<string, string> };
    }
    case 'yes_no':
      return typeof raw === 'boolean' ? { value: raw } : { error: 'Kies ja of nee.' };
  }
}

export interface MergeResult {
  answers: Answers;
  errors: FieldError[];
}

const isCleared = (raw: unknown) =>
  raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0);

/**
 * Apply a partial set of answers to the stored ones: every key must be a
 * question of this version (a forged id is named as an error), every value
 * must fit its question, null clears. Answers to questions that the new
 * answers hide are dropped, so a changed "yes" to "no" removes its follow-up.
 */
export function mergeAnswers(
  definition: QuestionnaireDefinition,
  stored: Answers,
  delta: Record<string, unknown>,
  today: string,
  fieldRoot = 'body.answers',
): MergeResult {
  const index = questionIndex(definition);
  const errors: FieldError[] = [];
  const merged: Answers = { ...stored };
  for (const [id, raw] of Object.entries(delta)) {
    const entry = index.get(id);
    if (!entry) {
      errors.push({
        field: `${fieldRoot}.${id}`,
        message: 'Deze vraag bestaat niet in deze versie van de vragenlijst.',
      });
      continue;
    }
    if (isCleared(raw)) {
      delete merged[id];
      continue;
    }
    const checked = checkAnswer(entry.question, raw, today);
    if ('error' in checked) {
      const field = checked.suffix ? `${fieldRoot}.${id}.${checked.suffix}` : `${fieldRoot}.${id}`;
      errors.push({ field, message: checked.error });
    } else merged[id] = checked.value;
  }
  return { answers: pruneHidden(definition, merged).answers, errors };
}

/** Required questions that are shown but not answered (in one section, or in all). */
export function missingRequired(
  definition: QuestionnaireDefinition,
  answers: Answers,
  sectionId?: string,
  fieldRoot = 'body.answers',
): FieldError[] {
  const { visibility } = pruneHidden(definition, answers);
  const errors: FieldError[] = [];
  for (const [id, entry] of questionIndex(definition)) {
    if (sectionId && entry.section.id !== sectionId) continue;
    if (!visibility.questions.has(id) || !entry.question.required) continue;
    if (answers[id] === undefined)
      errors.push({ field: `${fieldRoot}.${id}`, message: 'Beantwoord deze vraag.' });
  }
  return errors;
}

/** Fraction of shown questions answered, 0–1 (progress indicator). */
export function progressOf(definition: QuestionnaireDefinition, answers: Answers): number {
  const { visibility, answers: kept } = pruneHidden(definition, answers);
  if (visibility.questions.size === 0) return 0;
  return Object.keys(kept).length / visibility.questions.size;
}
