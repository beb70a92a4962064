import {
  type Answers,
  localise,
  type QuestionnaireDefinition,
  type ScoreResult,
} from '../questionnaires';
import {
  EXPOSURE_LEVELS,
  type ExposureLevel,
  exposureQuestionId,
} from './definitions/kwetsbare-processen';

/*
 * The risk matrix of the scan of vulnerable processes: each process is placed
 * by its exposure (the answer to its exposure question) and the weakness of
 * its controls (the band of its section score: strong, moderate, weak). Pure,
 * so the result page and the improvement plan place processes identically.
 */

export const WEAKNESS_LEVELS = ['sterk', 'matig', 'zwak'] as const;
export type Weakness = (typeof WEAKNESS_LEVELS)[number];
export type Risk = 'laag' | 'middel' | 'hoog';

export interface MatrixProcess {
  id: string;
  title: string;
  controlScore: number | null;
  weakness: Weakness | null;
  exposure: ExposureLevel | null;
  risk: Risk | null;
}

/** 3×3: exposure (1–3) times weakness (1–3); 1–2 low, 3–4 medium, 6–9 high. */
export function riskOf(exposure: ExposureLevel, weakness: Weakness): Risk {
  const product = (EXPOSURE_LEVELS.indexOf(exposure) + 1) * (WEAKNESS_LEVELS.indexOf(weakness) + 1);
  return product <= 2 ? 'laag' : product <= 4 ? 'middel' : 'hoog';
}

const isExposure = (v: unknown): v is ExposureLevel =>
  typeof v === 'string' && (EXPOSURE_LEVELS as readonly string[]).includes(v);
const isWeakness = (v: unknown): v is Weakness =>
  typeof v === 'string' && (WEAKNESS_LEVELS as readonly string[]).includes(v);

/** Every process of the scan with its place in the matrix (null where unanswered). */
export function placeProcesses(
  definition: QuestionnaireDefinition,
  answers: Answers,
  scores: ScoreResult,
  locale: 'nl' | 'en',
): MatrixProcess[] {
  return definition.sections.map((section) => {
    const s = scores.sections.find((x) => x.id === section.id);
    const exposureAnswer = answers[exposureQuestionId(section.id)];
    const exposure = isExposure(exposureAnswer) ? exposureAnswer : null;
    const weakness = isWeakness(s?.band) ? s.band : null;
    return {
      id: section.id,
      title: localise(section.title, locale),
      controlScore:
        s?.score === null || s?.score === undefined ? null : Math.round(s.score * 10) / 10,
      weakness,
      exposure,
      risk: exposure && weakness ? riskOf(exposure, weakness) : null,
    };
  });
}

/** Weak spots that become plan items: weak controls, or a high-risk cell. */
export const isWeakSpot = (p: MatrixProcess) => p.weakness === 'zwak' || p.risk === 'hoog';
