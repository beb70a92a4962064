import { describe, expect, it } from 'vitest';
import { INFORMATIEPOSITIE, RISICOANALYSE, WEERBAARHEID } from '../../scans';
import type { DefinitionInput } from './definition.schema';
import { problemField, validateDefinition } from './definition-validation';
import { testDefinition } from './test-definition';

function problemsOf(d: DefinitionInput) {
  const r = validateDefinition(d);
  expect(r.ok).toBe(false);
  return r.problems;
}

describe('validateDefinition', () => {
  it.each([INFORMATIEPOSITIE, WEERBAARHEID, RISICOANALYSE])(
    'accepts the built-in instrument $key',
    (d) => {
      const r = validateDefinition(d);
      expect(r.problems).toEqual([]);
      expect(r.ok).toBe(true);
    },
  );

  it('accepts the test definition with every question type', () => {
    expect(validateDefinition(testDefinition()).problems).toEqual([]);
  });

  it('names the JSON path of shape errors', () => {
    const d = testDefinition() as unknown as { sections: { questions: { type: string }[] }[] };
    d.sections[0]!.questions[1]!.type = 'checkboxes';
    const problems = problemsOf(d as never);
    expect(problems.map((p) => p.path)).toContain('$.sections[0].questions[1].type');
  });

  it('refuses a condition on a later question, naming where and which', () => {
    const d = testDefinition();
    d.sections[0]!.questions[0]!.showIf = { question: 'schaal', min: 3 };
    const problems = problemsOf(d);
    expect(problems).toEqual([
      {
        path: '$.sections[0].questions[0].showIf.question',
        message: expect.stringContaining('"schaal", die pas later komt'),
      },
    ]);
  });

  it('refuses a condition on a question that does not exist', () => {
    const d = testDefinition();
    d.sections[1]!.showIf = {
      all: [
        { question: 'keuze', equals: 'b' },
        { question: 'bestaat_niet', equals: true },
      ],
    };
    const problems = problemsOf(d);
    expect(problems).toEqual([
      {
        path: '$.sections[1].showIf.all[1].question',
        message: expect.stringContaining('bestaat niet'),
      },
    ]);
  });

  it('reports a cycle between two questions at both conditions', () => {
    const d = testDefinition();
    d.sections[0]!.questions[0]!.showIf = { question: 'meer', equals: 'x' };
    d.sections[0]!.questions[1]!.showIf = { question: 'keuze', equals: 'a' };
    const problems = problemsOf(d);
    const paths = problems.map((p) => p.path);
    expect(paths).toContain('$.sections[0].questions[0].showIf.question');
    expect(paths).toContain('$.sections[0].questions[1].showIf.question');
    for (const p of problems)
      expect(p.message).toMatch(
        /Kringverwijzing.*vraag "(keuze|meer)" → vraag "(keuze|meer)" → vraag/,
      );
  });

  it('reports a section whose condition reads its own question as a cycle', () => {
    const d = testDefinition();
    d.sections[1]!.showIf = { question: 'rooster', answered: true };
    const problems = problemsOf(d);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('$.sections[1].showIf.question');
    expect(problems[0]!.message).toContain('onderdeel "twee" → vraag "rooster" → onderdeel "twee"');
  });

  it('reports a question that depends on itself', () => {
    const d = testDefinition();
    d.sections[0]!.questions[2]!.showIf = { question: 'schaal', max: 2 };
    expect(problemsOf(d)[0]!.message).toContain('Kringverwijzing');
  });

  it('refuses comparing with an answer a question does not have', () => {
    const d = testDefinition();
    d.sections[1]!.showIf = { question: 'keuze', equals: 'd' };
    expect(problemsOf(d)[0]!.message).toContain('geen antwoord "d"');
    const e = testDefinition();
    e.sections[1]!.showIf = { question: 'jn', equals: 'ja' };
    expect(problemsOf(e)[0]!.message).toContain('true of false');
  });

  it('refuses duplicate ids and bands with gaps', () => {
    const d = testDefinition();
    d.sections[1]!.questions[1]!.id = 'keuze';
    d.scoring!.bands[1]!.from = 60;
    const messages = problemsOf(d).map((p) => `${p.path} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          '$.sections[1].questions[1].id Vraag-id "keuze" komt al voor op $.sections[0].questions[0].id',
        ),
        expect.stringContaining('$.scoring.bands[1].from'),
      ]),
    );
  });

  it('refuses privacy rules that would break a personal promise', () => {
    const d = structuredClone(WEERBAARHEID);
    d.privacy.exportResponses = 'answers';
    d.privacy.answersVisibleToRoles = ['org_admin'];
    const paths = problemsOf(d).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['$.privacy.exportResponses', '$.privacy.answersVisibleToRoles']),
    );
  });

  it('turns JSON paths into problem+json field names', () => {
    expect(problemField('$.sections[1].questions[0].showIf.all[2].question')).toBe(
      'body.sections.1.questions.0.showIf.all.2.question',
    );
  });
});
