import { describe, expect, it } from 'vitest';
import {
  type Answers,
  DefinitionSchema,
  scoreResponse,
  validateDefinition,
} from '../questionnaires';
import { KWETSBARE_PROCESSEN, PROCESSES } from './definitions/kwetsbare-processen';
import { placeProcesses, riskOf } from './process-matrix';

const definition = DefinitionSchema.parse(KWETSBARE_PROCESSEN);

/** Every control of every process at `level`, every exposure at `exposure`. */
function answersAt(level: string, exposure: string): Answers {
  const answers: Answers = {};
  for (const p of PROCESSES) {
    answers[`${p.id}_maatregelen`] = Object.fromEntries(p.controls.map((c) => [c.id, level]));
    answers[`${p.id}_blootstelling`] = exposure;
  }
  return answers;
}

describe('scan of vulnerable processes', () => {
  it('is a valid instrument with one section per process', () => {
    const r = validateDefinition(KWETSBARE_PROCESSEN);
    expect(r.problems).toEqual([]);
    expect(definition.sections.map((s) => s.id)).toEqual([
      'vergunningen',
      'subsidies',
      'vastgoed',
      'inkoop',
      'handhaving',
      'screening',
      'informatiebeveiliging',
    ]);
  });

  it('scores the controls and leaves the exposure out of the score', () => {
    const strong = scoreResponse(definition, answersAt('getoetst', 'hoog'));
    expect(strong.sections.every((s) => s.score === 100 && s.band === 'sterk')).toBe(true);
    expect(strong.actions).toEqual([]);
    const answers = answersAt('geregeld', 'laag');
    answers.inkoop_maatregelen = {
      vier_ogen: 'niet',
      functiescheiding: 'niet',
      bibob_toets: 'deels',
      belangen: 'niet',
      meldlijn: 'niet',
    };
    const mixed = scoreResponse(definition, answers);
    const inkoop = mixed.sections.find((s) => s.id === 'inkoop')!;
    expect(inkoop.score).toBeCloseTo((1 / 15) * 100);
    expect(inkoop.band).toBe('zwak');
    expect(mixed.sections.find((s) => s.id === 'vastgoed')!.band).toBe('matig');
    expect(mixed.actions).toContain('inkoop_versterken');
  });

  it('places each process in the 3×3 matrix by exposure and weakness', () => {
    expect(riskOf('laag', 'sterk')).toBe('laag');
    expect(riskOf('hoog', 'sterk')).toBe('middel');
    expect(riskOf('middel', 'matig')).toBe('middel');
    expect(riskOf('laag', 'zwak')).toBe('middel');
    expect(riskOf('hoog', 'matig')).toBe('hoog');
    expect(riskOf('hoog', 'zwak')).toBe('hoog');

    const answers = answersAt('getoetst', 'laag');
    answers.vergunningen_maatregelen = Object.fromEntries(
      PROCESSES[0]!.controls.map((c) => [c.id, 'niet']),
    );
    answers.vergunningen_blootstelling = 'hoog';
    delete answers.vastgoed_blootstelling;
    const placed = placeProcesses(definition, answers, scoreResponse(definition, answers), 'en');
    expect(placed[0]).toEqual({
      id: 'vergunningen',
      title: 'Permits',
      controlScore: 0,
      weakness: 'zwak',
      exposure: 'hoog',
      risk: 'hoog',
    });
    expect(placed.find((p) => p.id === 'subsidies')).toMatchObject({
      weakness: 'sterk',
      exposure: 'laag',
      risk: 'laag',
    });
    expect(placed.find((p) => p.id === 'vastgoed')).toMatchObject({ exposure: null, risk: null });
  });
});
