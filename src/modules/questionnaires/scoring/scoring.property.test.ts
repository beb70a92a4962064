import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INFORMATIEPOSITIE, RISICOANALYSE, WEERBAARHEID } from '../../scans';
import { completeAnswers } from '../answers/sample-answers';
import { type DefinitionInput, DefinitionSchema } from '../definition/definition.schema';
import { validateDefinition } from '../definition/definition-validation';
import { validateResponse } from '../use-cases/anonymous-responses';
import { definitionRange, scoreResponse } from './scoring';

/** A source of choices for sampleAnswer: a list of integers consumed in turn. */
const picks = fc.array(fc.nat(1_000_000), { minLength: 1, maxLength: 400 });
const pickerFrom = (xs: number[]) => {
  let i = 0;
  return (n: number) => (n <= 1 ? 0 : xs[i++ % xs.length]! % n);
};

function assertInRange(input: DefinitionInput, xs: number[]) {
  const definition = DefinitionSchema.parse(input);
  const answers = completeAnswers(definition, pickerFrom(xs));
  // A complete response is valid against the version…
  const validated = validateResponse(definition, answers);
  const score = scoreResponse(definition, answers);
  // …and scores within the defined range.
  const range = definitionRange(definition);
  expect(score.totalPoints).toBeGreaterThanOrEqual(range.min);
  expect(score.totalPoints).toBeLessThanOrEqual(range.max);
  for (const s of score.sections) {
    expect(s.points).toBeGreaterThanOrEqual(s.minPoints);
    expect(s.points).toBeLessThanOrEqual(s.maxPoints);
    if (s.score !== null) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
      expect(s.band).not.toBeNull();
    }
  }
  if (score.total !== null) {
    expect(score.total).toBeGreaterThanOrEqual(0);
    expect(score.total).toBeLessThanOrEqual(100);
  }
  expect(validated.scores).toEqual(score);
}

const points = fc.integer({ min: 0, max: 20 });
const options = fc
  .array(points, { minLength: 2, maxLength: 6 })
  .map((ps) => ps.map((p, i) => ({ value: `o${i}`, label: { nl: `O${i}` }, points: p })));

/** An arbitrary question of any type, with arbitrary points. */
const question = (id: string) =>
  fc.oneof(
    options.map((o) => ({ id, type: 'single_choice' as const, text: { nl: 'q' }, options: o })),
    fc.tuple(options, fc.boolean(), fc.integer({ min: 1, max: 3 })).map(([o, excl, max]) => ({
      id,
      type: 'multiple_choice' as const,
      text: { nl: 'q' },
      maxSelected: Math.min(max, excl ? o.length - 1 : o.length),
      options: excl ? o.map((x, i) => (i === o.length - 1 ? { ...x, exclusive: true } : x)) : o,
    })),
    fc
      .tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 2, max: 11 }), points, fc.boolean())
      .map(([from, to, perStep, reverse]) => ({
        id,
        type: 'likert' as const,
        text: { nl: 'q' },
        scale: { from, to, fromLabel: { nl: 'a' }, toLabel: { nl: 'b' } },
        scoring: { perStep, reverse },
      })),
    fc
      .tuple(
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        points,
        points,
      )
      .map(([min, span, integer, p1, p2]) => ({
        id,
        type: 'number' as const,
        text: { nl: 'q' },
        min,
        max: min + span,
        integer,
        scoring: { ranges: [{ max: min + span / 2, points: p1 }], otherwise: p2 },
      })),
    fc.tuple(options, fc.integer({ min: 2, max: 4 })).map(([o, n]) => ({
      id,
      type: 'matrix' as const,
      text: { nl: 'q' },
      items: Array.from({ length: n }, (_, i) => ({ id: `i${i}`, text: { nl: 'i' } })),
      scale: o,
    })),
    fc.tuple(points, points).map(([yes, no]) => ({
      id,
      type: 'yes_no' as const,
      text: { nl: 'q' },
      points: { yes, no },
      followUp: {
        when: true,
        question: { id: `${id}_f`, type: 'text' as const, text: { nl: 'f' } },
      },
    })),
    fc.constant({ id, type: 'date' as const, text: { nl: 'd' }, notAfterToday: true }),
    fc.constant({ id, type: 'text' as const, text: { nl: 't' }, required: false, maxLength: 20 }),
  );

const definition: fc.Arbitrary<DefinitionInput> = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 5 })), {
    minLength: 1,
    maxLength: 4,
  })
  .chain((shape) =>
    fc
      .tuple(
        ...shape.map(([n], s) =>
          fc.tuple(...Array.from({ length: n }, (_, i) => question(`s${s}q${i}`))),
        ),
      )
      .map((sections) => ({
        formatVersion: 1 as const,
        key: 'eigenschap',
        title: { nl: 'Eigenschap' },
        privacy: {
          respondent: 'team' as const,
          aggregates: { visibleToRoles: [], consent: 'implied' as const },
          exportResponses: 'scores' as const,
          retention: { submittedDays: 1, unfinishedDays: 1 },
          benchmark: { enabled: false },
        },
        scoring: {
          direction: 'higher_is_better' as const,
          bands: [
            { id: 'a', label: { nl: 'A' }, from: 0, to: 33.3 },
            { id: 'b', label: { nl: 'B' }, from: 33.3, to: 100 },
          ],
        },
        sections: sections.map((qs, s) => ({
          id: `s${s}`,
          title: { nl: `S${s}` },
          weight: shape[s]![1],
          questions: qs,
        })),
      })),
  );

describe('property: a complete response scores within the defined range', () => {
  it.each([INFORMATIEPOSITIE, WEERBAARHEID, RISICOANALYSE])('for every response to $key', (d) => {
    fc.assert(
      fc.property(picks, (xs) => assertInRange(d, xs)),
      { numRuns: 300 },
    );
  });

  it('for every generated definition and response', () => {
    fc.assert(
      fc.property(definition, picks, (d, xs) => {
        expect(validateDefinition(d).problems).toEqual([]);
        assertInRange(d, xs);
      }),
      { numRuns: 300 },
    );
  });
});
