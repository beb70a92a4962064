import { describe, expect, it } from 'vitest';
import { isFinal, refuseTransition } from './candidate-stage';
import { appointmentCompliance } from './scans.presenter';

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

describe('appointment compliance', () => {
  const tracking = {
    vogRequestedOn: '2026-09-01',
    vogReceivedOn: null,
    discussionOn: null,
    adviceOn: null,
    decisionOn: '2026-10-01',
    notes: null,
  };
  it('shows an appointment recorded without a received VOG as non-compliant', () => {
    expect(appointmentCompliance('appointed', tracking)).toEqual({
      compliant: false,
      missing: ['vog'],
    });
    expect(
      appointmentCompliance('appointed', { ...tracking, vogReceivedOn: '2026-09-20' }),
    ).toEqual({ compliant: true, missing: [] });
  });
  it('does not flag a candidate who is not appointed, and says nothing without tracking', () => {
    expect(appointmentCompliance('advice_given', tracking)?.compliant).toBe(true);
    expect(appointmentCompliance('appointed', null)).toBeNull();
  });
});
