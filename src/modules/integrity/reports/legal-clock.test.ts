import { describe, expect, it } from 'vitest';
import {
  acknowledgementDueOn,
  clockState,
  feedbackDueOn,
  isOverdue,
  reportClocks,
} from './legal-clock';

describe('the legal clocks of the whistleblower law', () => {
  it('gives 7 days to acknowledge and 3 months from the acknowledgement to give feedback', () => {
    expect(acknowledgementDueOn('2026-11-28')).toBe('2026-12-05');
    expect(feedbackDueOn('2026-12-05', '2026-11-30')).toBe('2027-02-28');
  });

  it('runs the feedback clock from the end of the 7 days when nobody acknowledged', () => {
    expect(feedbackDueOn('2026-12-05', null)).toBe('2027-03-05');
  });

  it('says open, due soon, overdue, met and met late', () => {
    expect(clockState('2026-12-05', null, '2026-11-28')).toEqual({
      dueOn: '2026-12-05',
      metOn: null,
      state: 'open',
      daysLeft: 7,
    });
    expect(clockState('2026-12-05', null, '2026-12-03').state).toBe('due_soon');
    expect(clockState('2026-12-05', null, '2026-12-05')).toMatchObject({
      state: 'due_soon',
      daysLeft: 0,
    });
    expect(clockState('2026-12-05', null, '2026-12-06')).toMatchObject({
      state: 'overdue',
      daysLeft: -1,
    });
    expect(clockState('2026-12-05', '2026-12-05', '2027-01-01').state).toBe('met');
    expect(clockState('2026-12-05', '2026-12-07', '2027-01-01').state).toBe('met_late');
    expect(clockState(null, null, '2026-12-01').state).toBe('not_started');
  });

  it('reads both clocks of a report row in Amsterdam time', () => {
    const clocks = reportClocks(
      {
        acknowledgement_due_on: '2026-12-05',
        acknowledged_at: new Date('2026-12-05T23:30:00Z'), // 6 December in Amsterdam
        feedback_due_on: '2027-03-06',
        feedback_at: null,
      },
      new Date('2027-03-07T10:00:00Z'),
    );
    expect(clocks.acknowledgement.state).toBe('met_late');
    expect(clocks.feedback.state).toBe('overdue');
    expect(isOverdue(clocks)).toBe(true);
  });
});
