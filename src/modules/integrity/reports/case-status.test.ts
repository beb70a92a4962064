import { describe, expect, it } from 'vitest';
import { actionsIn, canTake } from './case-status';

describe('case handling state machine', () => {
  it('follows intake, acknowledgement, decision, outcome and closing in order', () => {
    expect(actionsIn('with_counsellor')).toEqual(['forward']);
    expect(actionsIn('received')).toEqual(['acknowledge', 'message', 'assign']);
    expect(canTake('decide', 'assessment')).toBe(true);
    expect(canTake('conclude', 'investigation')).toBe(true);
    expect(canTake('close', 'concluded')).toBe(true);
  });

  it('refuses steps out of order', () => {
    expect(canTake('decide', 'received')).toBe(false);
    expect(canTake('conclude', 'assessment')).toBe(false);
    expect(canTake('close', 'investigation')).toBe(false);
    expect(canTake('feedback', 'received')).toBe(false);
    expect(canTake('acknowledge', 'assessment')).toBe(false);
    // Feedback is on the assessment: not before it is recorded.
    expect(canTake('feedback', 'assessment')).toBe(false);
    expect(canTake('feedback', 'investigation')).toBe(true);
  });

  it('closes the conversation once the case is closed', () => {
    expect(actionsIn('closed')).toEqual([]);
    expect(canTake('message', 'closed')).toBe(false);
  });
});
