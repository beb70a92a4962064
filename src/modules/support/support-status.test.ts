import { describe, expect, it } from 'vitest';
import { canMoveTo, isFinished, nextStatuses } from './support-status';

describe('support request steps', () => {
  it('takes general support from new through contact and follow-ups to closed', () => {
    expect(canMoveTo('support_team', 'new', 'accepted')).toBe(true);
    expect(canMoveTo('support_team', 'accepted', 'contact_recorded')).toBe(true);
    expect(canMoveTo('legal', 'contact_recorded', 'follow_up')).toBe(true);
    expect(canMoveTo('legal', 'follow_up', 'follow_up')).toBe(true);
    expect(canMoveTo('legal', 'follow_up', 'closed')).toBe(true);
  });

  it('takes home security through assessment and measure to done', () => {
    expect(nextStatuses('home_security', 'accepted')).toEqual(['assessment', 'closed']);
    expect(canMoveTo('home_security', 'assessment', 'measure')).toBe(true);
    expect(canMoveTo('home_security', 'measure', 'done')).toBe(true);
  });

  it('refuses skipped steps, steps of the other track and anything after the end', () => {
    expect(canMoveTo('support_team', 'new', 'follow_up')).toBe(false);
    expect(canMoveTo('support_team', 'accepted', 'assessment')).toBe(false);
    expect(canMoveTo('home_security', 'accepted', 'contact_recorded')).toBe(false);
    expect(canMoveTo('home_security', 'new', 'measure')).toBe(false);
    expect(canMoveTo('legal', 'closed', 'accepted')).toBe(false);
    expect(canMoveTo('home_security', 'done', 'closed')).toBe(false);
    expect(isFinished('done')).toBe(true);
    expect(isFinished('follow_up')).toBe(false);
  });
});
