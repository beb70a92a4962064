import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  canTransition,
  INCIDENT_STATUSES,
  isOpen,
  TRANSITIONS,
  transitionNeedsNote,
} from './incident-status';

describe('incident status machine', () => {
  it('follows the happy path received → in treatment → measures → aftercare → closed', () => {
    expect(canTransition('received', 'in_treatment')).toBe(true);
    expect(canTransition('in_treatment', 'measures')).toBe(true);
    expect(canTransition('measures', 'aftercare')).toBe(true);
    expect(canTransition('aftercare', 'closed')).toBe(true);
  });

  it('forbids skipping treatment: a received report cannot be closed or go to aftercare', () => {
    expect(canTransition('received', 'closed')).toBe(false);
    expect(canTransition('received', 'aftercare')).toBe(false);
    expect(canTransition('received', 'measures')).toBe(false);
  });

  it('allows referral from every open step except aftercare, and reopening', () => {
    expect(canTransition('received', 'referred')).toBe(true);
    expect(canTransition('in_treatment', 'referred')).toBe(true);
    expect(canTransition('measures', 'referred')).toBe(true);
    expect(canTransition('closed', 'in_treatment')).toBe(true);
    expect(canTransition('referred', 'in_treatment')).toBe(true);
    expect(transitionNeedsNote('measures', 'referred')).toBe(true);
    expect(transitionNeedsNote('closed', 'in_treatment')).toBe(true);
    expect(transitionNeedsNote('received', 'in_treatment')).toBe(false);
  });

  it('has no self-loops and only known targets', () => {
    for (const from of INCIDENT_STATUSES) {
      expect(allowedTransitions(from)).not.toContain(from);
      for (const to of TRANSITIONS[from]) expect(INCIDENT_STATUSES).toContain(to);
    }
  });

  it('reaches closed from every status', () => {
    for (const start of INCIDENT_STATUSES) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length) {
        for (const n of TRANSITIONS[queue.shift()!]) {
          if (!seen.has(n)) {
            seen.add(n);
            queue.push(n);
          }
        }
      }
      expect(seen.has('closed')).toBe(true);
    }
  });

  it('counts closed and referred as no longer open', () => {
    expect(isOpen('aftercare')).toBe(true);
    expect(isOpen('closed')).toBe(false);
    expect(isOpen('referred')).toBe(false);
  });
});
