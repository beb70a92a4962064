import { describe, expect, it } from 'vitest';
import {
  aftercareDueOn,
  firstContactDueOn,
  planAftercare,
  retentionCutoff,
} from './incident-settings';

describe('deadlines and the aftercare plan', () => {
  it('sets first contact two working days after receipt by default', () => {
    expect(firstContactDueOn('2026-11-27', 2)).toBe('2026-12-01');
  });

  it('plans the default aftercare: next working day, one week, four weeks', () => {
    const plan = planAftercare('2026-11-27', [
      { unit: 'working_days', amount: 1 },
      { unit: 'days', amount: 7 },
      { unit: 'days', amount: 28 },
    ]);
    expect(plan.map((p) => p.dueOn)).toEqual(['2026-11-30', '2026-12-04', '2026-12-28']);
    expect(plan.map((p) => p.label)).toEqual([
      'Contact op de volgende werkdag',
      'Na één week',
      'Na 4 weken',
    ]);
  });

  it('moves a calendar-day check-in that falls on a day off to the next working day', () => {
    expect(aftercareDueOn('2026-12-19', { unit: 'days', amount: 7 })).toBe('2026-12-28');
  });

  it('counts the retention term in months back from now', () => {
    expect(retentionCutoff(new Date('2026-11-28T00:00:00Z'), 24).toISOString()).toBe(
      '2024-11-28T00:00:00.000Z',
    );
  });
});
