import { describe, expect, it } from 'vitest';
import { isFinal, refuseTransition } from './candidate-stage';

const ready = { questionnaireSubmitted: true, vogReceivedOn: '2026-10-01' };

describe('candidate stages', () => {
  it('follows the way to appointment', () => {
    expect(refuseTransition('commissioned', 'discussed', ready)).toBeNull();
    expect(refuseTransition('discussed', 'advice_given', ready)).toBeNull();
    expect(refuseTransition('advice_given', 'appointed', ready)).toBeNull();
    expect(isFinal('appointed')).toBe(true);
  });

  it('needs the submitted questionnaire before the conversation', () => {
    expect(
      refuseTransition('commissioned', 'discussed', { ...ready, questionnaireSubmitted: false }),
    ).toContain('ingeleverd');
  });

  it('needs the VOG before the appointment', () => {
    expect(
      refuseTransition('advice_given', 'appointed', { ...ready, vogReceivedOn: null }),
    ).toContain('VOG');
  });

  it('refuses skipping steps and leaving a final stage', () => {
    expect(refuseTransition('commissioned', 'appointed', ready)).not.toBeNull();
    expect(refuseTransition('withdrawn', 'discussed', ready)).not.toBeNull();
    expect(refuseTransition('discussed', 'withdrawn', ready)).toBeNull();
  });
});
