import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './bibob.presenter';
import { type CaseDates, caseDeadlines, caseStage, checkProcedure } from './bibob-deadlines';

const base: CaseDates = {
  receivedOn: '2026-03-02',
  questionnaireSentOn: null,
  questionnaireSubmittedOn: null,
  advice: null,
  intent: null,
  risk: null,
  decision: null,
};
const due = (c: CaseDates, today: string, kind = 'decision', settings = DEFAULT_SETTINGS) =>
  caseDeadlines(c, settings, today).find((d) => d.kind === kind);

describe('Bibob deadlines', () => {
  it('gives the decision term from receipt, overdue the day after', () => {
    expect(due(base, '2026-04-27')).toMatchObject({ due: '2026-04-27', overdue: false });
    expect(due(base, '2026-04-28')).toMatchObject({ overdue: true, met: false });
    expect(
      due(base, '2026-04-28', 'decision', { ...DEFAULT_SETTINGS, decisionWeeks: 12 }),
    ).toMatchObject({
      due: '2026-05-25',
      overdue: false,
    });
  });

  it('suspends the decision term while the questionnaire or the advice is out, counting overlap once', () => {
    const c: CaseDates = {
      ...base,
      questionnaireSentOn: '2026-03-03',
      questionnaireSubmittedOn: '2026-03-20', // 17 days
      advice: { requestedOn: '2026-03-16', extendedOn: null, receivedOn: '2026-04-06' }, // overlaps 4 days
    };
    // Union of [3 Mar, 20 Mar) and [16 Mar, 6 Apr) = 34 days.
    expect(due(c, '2026-05-01')).toMatchObject({ due: '2026-05-31', suspendedDays: 34 });
  });

  it('keeps suspending up to today while the advice is pending', () => {
    const c = {
      ...base,
      advice: { requestedOn: '2026-03-10', extendedOn: null, receivedOn: null },
    };
    expect(due(c, '2026-03-20')).toMatchObject({ suspendedDays: 10, due: '2026-05-07' });
    expect(due(c, '2026-03-20', 'advice')).toMatchObject({ due: '2026-05-05', overdue: false });
    expect(due(c, '2026-05-06', 'advice')).toMatchObject({ overdue: true });
    const extended = { ...c, advice: { ...c.advice, extendedOn: '2026-04-30' } };
    expect(due(extended, '2026-05-06', 'advice')).toMatchObject({
      due: '2026-06-02',
      overdue: false,
    });
  });

  it('never marks the applicant’s zienswijze term as overdue', () => {
    const c = { ...base, intent: { sentOn: '2026-04-01', responseOn: null } };
    expect(due(c, '2026-05-01', 'zienswijze')).toMatchObject({ due: '2026-04-15', overdue: false });
  });

  it('follows the stages', () => {
    expect(caseStage(base)).toBe('application');
    expect(caseStage({ ...base, questionnaireSentOn: '2026-03-03' })).toBe('questionnaire');
    const risk = { level: 'minor' as const, reasoning: 'x', assessedOn: '2026-03-20' };
    expect(caseStage({ ...base, risk })).toBe('assessed');
    expect(
      caseStage({
        ...base,
        risk,
        advice: { requestedOn: '2026-03-21', extendedOn: null, receivedOn: null },
      }),
    ).toBe('advice_pending');
  });

  it('requires danger found, the advice and a passed zienswijze term for a refusal on Bibob grounds', () => {
    const refusal = {
      outcome: 'refused' as const,
      decidedOn: '2026-04-20',
      bibobGrounds: true,
      reasoning: 'x',
    };
    const field = (c: CaseDates) => {
      try {
        checkProcedure(c, DEFAULT_SETTINGS, '2026-05-01');
        return null;
      } catch (error) {
        return (error as { fieldErrors: { field: string }[] }).fieldErrors[0]!.field;
      }
    };
    const none = { level: 'none' as const, reasoning: 'x', assessedOn: '2026-03-20' };
    const serious = { ...none, level: 'serious' as const };
    expect(field({ ...base, decision: refusal })).toBe('body.decision.bibobGrounds');
    expect(field({ ...base, risk: none, decision: refusal })).toBe('body.decision.bibobGrounds');
    expect(field({ ...base, risk: serious, decision: refusal })).toBe('body.decision.outcome');
    const intent = { sentOn: '2026-04-10', responseOn: null };
    expect(field({ ...base, risk: serious, intent, decision: refusal })).toBe(
      'body.decision.decidedOn',
    );
    expect(
      field({
        ...base,
        risk: serious,
        intent: { ...intent, responseOn: '2026-04-18' },
        decision: refusal,
      }),
    ).toBeNull();
    expect(
      field({ ...base, risk: serious, intent, decision: { ...refusal, decidedOn: '2026-04-25' } }),
    ).toBeNull();
    expect(field({ ...base, decision: { ...refusal, decidedOn: '2026-05-02' } })).toBe(
      'body.decision.decidedOn',
    );
    expect(
      field({ ...base, decision: { ...refusal, outcome: 'granted', bibobGrounds: false } }),
    ).toBeNull();
  });
});
