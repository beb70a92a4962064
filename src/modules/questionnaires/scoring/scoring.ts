import { type Answers, type AnswerValue, evaluateCondition } from '../definition/condition';
import type { Band, QuestionnaireDefinition, Section } from '../definition/definition.schema';
import { type AnyQuestion, pruneHidden } from '../definition/definition-model';

/*
 * Scoring is pure: definition + answers in, numbers out. No clock, no I/O,
 * so it is tested per question type and by property, and a stored result can
 * always be recomputed from the (immutable) version and the answers.
 */

/** Lowest and highest points a question can give when answered; null when it is not scored. */
export interface PointRange {
  min: number;
  max: number;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The point range of one answered question, or null for unscored questions. */
export function questionRange(q: AnyQuestion): PointRange | null {
  switch (q.type) {
    case 'single_choice': {
      if (!q.options.some((o) => o.points !== undefined)) return null;
      const points = q.options.map((o) => o.points ?? 0);
      return { min: Math.min(...points), max: Math.max(...points) };
    }
    case 'multiple_choice': {
      if (!q.options.some((o) => o.points !== undefined)) return null;
      const exclusive = q.options.filter((o) => o.exclusive).map((o) => o.points ?? 0);
      const free = q.options
        .filter((o) => !o.exclusive)
        .map((o) => o.points ?? 0)
        .sort((a, b) => a - b);
      const least = Math.max(1, q.minSelected ?? 1);
      const most = Math.min(free.length, q.maxSelected ?? free.length);
      const candidatesMin = [...exclusive];
      const candidatesMax = [...exclusive];
      if (free.length >= least && most >= least) {
        candidatesMin.push(sum(free.slice(0, least)));
        candidatesMax.push(sum(free.slice(free.length - most)));
      }
      return { min: Math.min(...candidatesMin), max: Math.max(...candidatesMax) };
    }
    case 'likert':
      return q.scoring ? { min: 0, max: (q.scale.to - q.scale.from) * q.scoring.perStep } : null;
    case 'number': {
      if (!q.scoring) return null;
      const points = [...q.scoring.ranges.map((r) => r.points), q.scoring.otherwise];
      return { min: Math.min(...points), max: Math.max(...points) };
    }
    case 'matrix': {
      if (!q.scale.some((o) => o.points !== undefined)) return null;
      const points = q.scale.map((o) => o.points ?? 0);
      return {
        min: Math.min(...points) * q.items.length,
        max: Math.max(...points) * q.items.length,
      };
    }
    case 'yes_no':
      return q.points
        ? { min: Math.min(q.points.yes, q.points.no), max: Math.max(q.points.yes, q.points.no) }
        : null;
    case 'text':
    case 'date':
      return null;
  }
}

/** Points for one (valid) answer; null when the question is not scored. */
export function questionPoints(q: AnyQuestion, answer: AnswerValue): number | null {
  if (questionRange(q) === null) return null;
  switch (q.type) {
    case 'single_choice':
      return q.options.find((o) => o.value === answer)?.points ?? 0;
    case 'multiple_choice': {
      const chosen = new Set(Array.isArray(answer) ? answer : []);
      return sum(q.options.filter((o) => chosen.has(o.value)).map((o) => o.points ?? 0));
    }
    case 'likert': {
      const steps = q.scoring!.reverse
        ? q.scale.to - Number(answer)
        : Number(answer) - q.scale.from;
      return steps * q.scoring!.perStep;
    }
    case 'number': {
      const n = Number(answer);
      const range = q.scoring!.ranges.find(
        (r) => (r.min === undefined || n >= r.min) && (r.max === undefined || n <= r.max),
      );
      return range ? range.points : q.scoring!.otherwise;
    }
    case 'matrix': {
      const byValue = new Map(q.scale.map((o) => [o.value, o.points ?? 0]));
      const ratings = answer as Record<string, string>;
      return sum(q.items.map((item) => byValue.get(ratings[item.id] ?? '') ?? 0));
    }
    case 'yes_no':
      return answer === true ? q.points!.yes : q.points!.no;
    default:
      return null;
  }
}

/** The sum of the ranges of every scored question: the bounds of the raw total. */
export function definitionRange(definition: QuestionnaireDefinition): PointRange {
  let min = 0;
  let max = 0;
  for (const section of definition.sections) {
    for (const q of section.questions) {
      const qs = q.type === 'yes_no' && q.followUp ? [q, q.followUp.question] : [q];
      for (const each of qs) {
        const r = questionRange(each);
        if (r) {
          min += r.min;
          max += r.max;
        }
      }
    }
  }
  return { min, max };
}

export interface SectionScore {
  id: string;
  /** Points of the answered, shown, scored questions. */
  points: number;
  minPoints: number;
  maxPoints: number;
  /** 0–100 between the lowest and highest possible points; null without scored answers. */
  score: number | null;
  band: string | null;
  weight: number;
}

export interface ScoreResult {
  /** Weighted mean of section scores, 0–100; null when no section has a score. */
  total: number | null;
  totalBand: string | null;
  totalPoints: number;
  sections: SectionScore[];
  /** Ids of the recommended actions and discussion points, in definition order. */
  actions: string[];
}

/** The band a 0–100 score falls in: from <= score < to, the last band including 100. */
export function bandFor(bands: readonly Band[], score: number | null): string | null {
  if (score === null) return null;
  const last = bands[bands.length - 1];
  const found = bands.find((b) => score >= b.from && score < b.to);
  return found?.id ?? (last && score === last.to ? last.id : null);
}

function sectionQuestions(section: Section): AnyQuestion[] {
  return section.questions.flatMap((q) =>
    q.type === 'yes_no' && q.followUp ? [q, q.followUp.question] : [q],
  );
}

/**
 * Score a response. Only questions that are shown and answered count; a
 * section's score scales its points between the lowest and highest points
 * those questions could give, so skipping an optional question neither
 * rewards nor punishes. The total is the weighted mean of section scores.
 */
export function scoreResponse(definition: QuestionnaireDefinition, input: Answers): ScoreResult {
  const { answers, visibility } = pruneHidden(definition, input);
  const bands = definition.scoring?.bands ?? [];
  const sections: SectionScore[] = [];
  let totalPoints = 0;
  for (const section of definition.sections) {
    if (!visibility.sections.has(section.id)) continue;
    let points = 0;
    let minPoints = 0;
    let maxPoints = 0;
    let counted = 0;
    for (const q of sectionQuestions(section)) {
      const answer = answers[q.id];
      if (answer === undefined) continue;
      const range = questionRange(q);
      const p = questionPoints(q, answer);
      if (!range || p === null) continue;
      points += p;
      minPoints += range.min;
      maxPoints += range.max;
      counted++;
    }
    totalPoints += points;
    const score =
      counted > 0 && maxPoints > minPoints
        ? clamp(((points - minPoints) / (maxPoints - minPoints)) * 100)
        : null;
    sections.push({
      id: section.id,
      points,
      minPoints,
      maxPoints,
      score,
      band: bandFor(bands, score),
      weight: section.weight,
    });
  }
  const weighted = sections.filter((s) => s.score !== null && s.weight > 0);
  const weightSum = sum(weighted.map((s) => s.weight));
  const total =
    weightSum > 0 ? clamp(sum(weighted.map((s) => s.weight * s.score!)) / weightSum) : null;
  const bandOf = new Map(sections.map((s) => [s.id, s.band]));
  const actions: string[] = [];
  for (const section of definition.sections) {
    if (!visibility.sections.has(section.id)) continue;
    for (const action of section.actions ?? []) {
      const band = bandOf.get(section.id) ?? null;
      const bandOk = !action.bands || (band !== null && action.bands.includes(band));
      const whenOk = !action.when || evaluateCondition(action.when, answers);
      if (bandOk && whenOk) actions.push(action.id);
    }
  }
  return { total, totalBand: bandFor(bands, total), totalPoints, sections, actions };
}

/** Rounding noise must never push a score out of 0–100. */
function clamp(x: number): number {
  return Math.min(100, Math.max(0, x));
}
