import { describe, expect, it } from 'vitest';
import {
  type Condition,
  ConditionSchema,
  evaluateCondition,
  indicatorValue,
} from './indicator-condition';

const agressie: Condition = { question: 'agressie', equals: 'ja' };

describe('indicator conditions', () => {
  it('counts a matching answer and leaves an unanswered question unknown', () => {
    expect(evaluateCondition(agressie, { agressie: 'ja' })).toBe(true);
    expect(evaluateCondition(agressie, { agressie: 'nee' })).toBe(false);
    expect(evaluateCondition(agressie, {})).toBeNull();
  });

  it('uses three-valued logic for any/all/not', () => {
    const either: Condition = { any: [agressie, { question: 'online', in: ['ja'] }] };
    expect(evaluateCondition(either, { agressie: 'nee', online: 'ja' })).toBe(true);
    expect(evaluateCondition(either, { agressie: 'nee' })).toBeNull();
    expect(evaluateCondition(either, { agressie: 'nee', online: 'nee' })).toBe(false);
    const both: Condition = { all: [agressie, { question: 'aantal', min: 2 }] };
    expect(evaluateCondition(both, { agressie: 'nee' })).toBe(false);
    expect(evaluateCondition(both, { agressie: 'ja', aantal: 3 })).toBe(true);
    expect(evaluateCondition({ not: agressie }, {})).toBeNull();
  });

  it('matches multiple-choice answers by membership', () => {
    const c: Condition = { question: 'kanaal', in: ['email', 'sociale_media'] };
    expect(evaluateCondition(c, { kanaal: ['telefoon', 'email'] })).toBe(true);
    expect(evaluateCondition(c, { kanaal: ['telefoon'] })).toBe(false);
  });

  it('gives NaN outside the base population and prefers imported values', () => {
    const rule = {
      key: 'melding',
      condition: { question: 'gemeld', equals: 'ja' } as Condition,
      baseCondition: agressie,
    };
    expect(indicatorValue(rule, { agressie: 'nee', gemeld: 'ja' }, {})).toBeNaN();
    expect(indicatorValue(rule, { agressie: 'ja', gemeld: 'ja' }, {})).toBe(1);
    expect(indicatorValue(rule, { agressie: 'ja', gemeld: 'nee' }, {})).toBe(0);
    expect(indicatorValue(rule, {}, { melding: 1 })).toBe(1);
  });

  it('validates nested conditions and refuses unknown keys', () => {
    expect(ConditionSchema.safeParse({ any: [agressie, { not: agressie }] }).success).toBe(true);
    expect(ConditionSchema.safeParse({ question: 'x', like: 'y' }).success).toBe(false);
    expect(ConditionSchema.safeParse({ question: 'x' }).success).toBe(false);
  });
});
