import { describe, expect, it } from 'vitest';
import { effectivePriority, intakePriority } from './incident-triage';

const none = { repeat: false, weapon: false, homeAddressKnown: false, threatToRelatives: false };

describe('triage rules', () => {
  it('keeps the handler’s judgement when no risk factor is present', () => {
    expect(effectivePriority('low', none)).toBe('low');
    expect(effectivePriority('high', none)).toBe('high');
  });

  it('raises priority one step per risk factor, capped at urgent', () => {
    expect(effectivePriority('low', { ...none, repeat: true })).toBe('normal');
    expect(effectivePriority('low', { ...none, repeat: true, homeAddressKnown: true })).toBe(
      'high',
    );
    expect(effectivePriority('high', { ...none, repeat: true, homeAddressKnown: true })).toBe(
      'urgent',
    );
  });

  it('makes a weapon or a threat to relatives at least high', () => {
    expect(effectivePriority('low', { ...none, weapon: true })).toBe('high');
    expect(effectivePriority('low', { ...none, threatToRelatives: true })).toBe('high');
  });

  it('makes a weapon with a known home address or threatened relatives urgent', () => {
    expect(effectivePriority('low', { ...none, weapon: true, homeAddressKnown: true })).toBe(
      'urgent',
    );
    expect(effectivePriority('low', { ...none, weapon: true, threatToRelatives: true })).toBe(
      'urgent',
    );
  });

  it('starts serious kinds high at intake, and a repeat perpetrator higher', () => {
    expect(intakePriority(['verbal_aggression'], false)).toBe('normal');
    expect(intakePriority(['verbal_aggression'], true)).toBe('high');
    expect(intakePriority(['threat'], false)).toBe('high');
    expect(intakePriority(['physical_violence'], true)).toBe('urgent');
  });
});
