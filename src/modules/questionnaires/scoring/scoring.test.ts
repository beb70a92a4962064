import { describe, expect, it } from 'vitest';
import { DefinitionSchema, type QuestionnaireDefinition } from '../definition/definition.schema';
import { testDefinition } from '../definition/test-definition';
import { bandFor, definitionRange, questionPoints, questionRange, scoreResponse } from './scoring';

const def = (): QuestionnaireDefinition => DefinitionSchema.parse(testDefinition());
const q = (id: string) => {
  for (const s of def().sections)
    for (const x of s.questions) {
      if (x.id === id) return x;
      if (x.type === 'yes_no' && x.followUp?.question.id === id) return x.followUp.question;
    }
  throw new Error(id);
};

describe('points per question type', () => {
  it('single choice: the points of the chosen option', () => {
    expect(questionPoints(q('keuze'), 'c')).toBe(4);
    expect(questionRange(q('keuze'))).toEqual({ min: 0, max: 4 });
  });

  it('multiple choice: the sum of the chosen options, bounded by maxSelected and exclusive options', () => {
    expect(questionPoints(q('meer'), ['x', 'z'])).toBe(4);
    expect(questionPoints(q('meer'), ['geen'])).toBe(0);
    // At most two of x/y/z: the best is y+z = 5; the least is one option (x) or "geen" = 0.
    expect(questionRange(q('meer'))).toEqual({ min: 0, max: 5 });
  });

  it('likert: steps above the lowest times perStep, reversed when asked', () => {
    expect(questionPoints(q('schaal'), 4)).toBe(3);
    expect(questionRange(q('schaal'))).toEqual({ min: 0, max: 4 });
    const reversed = { ...q('schaal'), scoring: { perStep: 2, reverse: true } } as never;
    expect(questionPoints(reversed, 4)).toBe(2);
  });

  it('number: the first range that holds, else "otherwise"', () => {
    expect(questionPoints(q('aantal'), 0)).toBe(0);
    expect(questionPoints(q('aantal'), 5)).toBe(1);
    expect(questionPoints(q('aantal'), 6)).toBe(2);
    expect(questionRange(q('aantal'))).toEqual({ min: 0, max: 2 });
  });

  it('yes/no: the points for yes or no', () => {
    expect(questionPoints(q('jn'), true)).toBe(2);
    expect(questionPoints(q('jn'), false)).toBe(0);
  });

  it('matrix: the points of every item added', () => {
    expect(questionPoints(q('rooster'), { i1: 'altijd', i2: 'nooit' })).toBe(3);
    expect(questionRange(q('rooster'))).toEqual({ min: 0, max: 6 });
  });

  it('text and date are not scored', () => {
    expect(questionRange(q('tekst'))).toBeNull();
    expect(questionPoints(q('datum'), '2024-01-01')).toBeNull();
  });
});

describe('scoreResponse', () => {
  const full = {
    keuze: 'c',
    meer: ['y', 'z'],
    schaal: 5,
    jn: true,
    aantal: 7,
    rooster: { i1: 'altijd', i2: 'altijd' },
  };

  it('scores a perfect response 100 in every section and in total', () => {
    const r = scoreResponse(def(), full);
    expect(r.sections.map((s) => [s.id, s.score, s.band])).toEqual([
      ['een', 100, 'hoog'],
      ['twee', 100, 'hoog'],
    ]);
    expect(r.total).toBe(100);
    expect(r.totalPoints).toBe(4 + 5 + 4 + 2 + 2 + 6);
  });

  it('scales a section between the lowest and highest points of its answered questions', () => {
    // een: keuze b (2 of 4), meer x (1; range 0..5), schaal 3 (2 of 4), jn no (0 of 2; no follow-up)
    const r = scoreResponse(def(), {
      keuze: 'b',
      meer: ['x'],
      schaal: 3,
      jn: false,
      rooster: { i1: 'nooit', i2: 'altijd' },
    });
    const een = r.sections.find((s) => s.id === 'een')!;
    expect(een.points).toBe(5);
    expect(een.maxPoints).toBe(4 + 5 + 4 + 2);
    expect(een.score).toBeCloseTo((5 / 15) * 100);
    expect(een.band).toBe('laag');
    // weighted total: een weight 1, twee weight 3 (score 50)
    expect(r.total).toBeCloseTo(((5 / 15) * 100 + 3 * 50) / 4);
  });

  it('leaves out hidden sections and the answers to hidden questions', () => {
    const r = scoreResponse(def(), { ...full, keuze: 'a', jn: false });
    expect(r.sections.map((s) => s.id)).toEqual(['een']);
    const een = r.sections[0]!;
    expect(een.maxPoints).toBe(4 + 5 + 4 + 2); // the follow-up "aantal" is hidden after "no"
  });

  it('recommends actions by band and by condition', () => {
    expect(
      scoreResponse(def(), { keuze: 'a', meer: ['geen'], schaal: 1, jn: false }).actions,
    ).toEqual(['doe_iets', 'nee_gezegd']);
    expect(scoreResponse(def(), full).actions).toEqual([]);
  });

  it('gives no score to a section without scored answers', () => {
    const r = scoreResponse(def(), { keuze: 'b', tekst: 'x' });
    expect(r.sections.find((s) => s.id === 'twee')!.score).toBeNull();
  });

  it('knows the bounds of the raw total', () => {
    expect(definitionRange(def())).toEqual({ min: 0, max: 4 + 5 + 4 + 2 + 2 + 6 });
  });

  it('puts 100 in the last band and a boundary in the upper band', () => {
    const bands = def().scoring!.bands;
    expect(bandFor(bands, 100)).toBe('hoog');
    expect(bandFor(bands, 50)).toBe('hoog');
    expect(bandFor(bands, 49.99)).toBe('laag');
    expect(bandFor(bands, null)).toBeNull();
  });
});
