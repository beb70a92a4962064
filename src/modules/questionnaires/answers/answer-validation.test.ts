import { describe, expect, it } from 'vitest';
import { DefinitionSchema } from '../definition/definition.schema';
import { testDefinition } from '../definition/test-definition';
import { mergeAnswers, missingRequired, progressOf } from './answer-validation';

const def = DefinitionSchema.parse(testDefinition());
const TODAY = '2026-11-28';
const merge = (delta: Record<string, unknown>, stored = {}) =>
  mergeAnswers(def, stored, delta, TODAY);
const fieldsOf = (delta: Record<string, unknown>) => merge(delta).errors.map((e) => e.field);

describe('answers are checked against the version', () => {
  it('accepts a valid answer of every type', () => {
    const r = merge({
      keuze: 'b',
      meer: ['x', 'y'],
      schaal: 2,
      jn: true,
      aantal: 3,
      rooster: { i1: 'nooit', i2: 'altijd' },
      tekst: '  tekst  ',
      datum: '2024-02-29',
    });
    expect(r.errors).toEqual([]);
    expect(r.answers.tekst).toBe('tekst');
  });

  it.each([
    ['an option outside the set', { keuze: 'd' }, 'body.answers.keuze'],
    ['a multiple choice with an unknown option', { meer: ['x', 'q'] }, 'body.answers.meer'],
    ['too many options', { meer: ['x', 'y', 'z'] }, 'body.answers.meer'],
    ['an exclusive option with another', { meer: ['geen', 'x'] }, 'body.answers.meer'],
    ['a duplicate option', { meer: ['x', 'x'] }, 'body.answers.meer'],
    ['a likert value off the scale', { schaal: 6 }, 'body.answers.schaal'],
    ['a likert fraction', { schaal: 2.5 }, 'body.answers.schaal'],
    ['a number out of range', { jn: true, aantal: 11 }, 'body.answers.aantal'],
    ['a fraction where whole numbers are asked', { jn: true, aantal: 1.5 }, 'body.answers.aantal'],
    ['a number as text', { jn: true, aantal: '3' }, 'body.answers.aantal'],
    ['yes/no as text', { jn: 'ja' }, 'body.answers.jn'],
    [
      'a matrix item that does not exist',
      { rooster: { i1: 'nooit', i2: 'nooit', i9: 'nooit' } },
      'body.answers.rooster.i9',
    ],
    ['a matrix with a missing item', { rooster: { i1: 'nooit' } }, 'body.answers.rooster.i2'],
    [
      'a matrix value off the scale',
      { rooster: { i1: 'soms', i2: 'nooit' } },
      'body.answers.rooster.i1',
    ],
    ['a date that does not exist', { datum: '2023-02-29' }, 'body.answers.datum'],
    ['a date in the future', { datum: '2026-11-29' }, 'body.answers.datum'],
    ['text that is too long', { tekst: 'x'.repeat(51) }, 'body.answers.tekst'],
    [
      'a forged question id',
      { vraag_die_niet_bestaat: 'a' },
      'body.answers.vraag_die_niet_bestaat',
    ],
  ])('names the question for %s', (_what, delta, field) => {
    expect(fieldsOf(delta)).toEqual([field]);
  });

  it('clears an answer with null and drops answers that became hidden', () => {
    const stored = merge({
      keuze: 'b',
      jn: true,
      aantal: 4,
      rooster: { i1: 'nooit', i2: 'nooit' },
    }).answers;
    expect(stored.aantal).toBe(4);
    const after = merge({ jn: false, keuze: null }, stored).answers;
    expect(after).toEqual({ jn: false });
  });

  it('lists required questions that are shown but unanswered', () => {
    const answers = merge({ keuze: 'a', jn: true }).answers;
    expect(missingRequired(def, answers).map((e) => e.field)).toEqual([
      'body.answers.meer',
      'body.answers.schaal',
      'body.answers.aantal',
    ]);
    expect(missingRequired(def, answers, 'twee')).toEqual([]);
    expect(progressOf(def, answers)).toBeCloseTo(2 / 5);
  });
});
