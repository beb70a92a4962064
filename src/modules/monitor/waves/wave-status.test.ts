import { describe, expect, it } from 'vitest';
import {
  acceptsAnswers,
  acceptsImports,
  acceptsIndicatorChanges,
  acceptsInvitees,
  canTransition,
  nextStatuses,
} from './wave-status';

describe('wave status', () => {
  it('runs draft -> fielding -> closed -> published', () => {
    expect(canTransition('draft', 'fielding')).toBe(true);
    expect(canTransition('fielding', 'closed')).toBe(true);
    expect(canTransition('closed', 'published')).toBe(true);
  });

  it('lets an imported wave skip fieldwork, and a closed wave reopen', () => {
    expect(canTransition('draft', 'closed')).toBe(true);
    expect(canTransition('closed', 'fielding')).toBe(true);
  });

  it('refuses to publish a wave still in the field or to unpublish', () => {
    expect(canTransition('fielding', 'published')).toBe(false);
    expect(canTransition('draft', 'published')).toBe(false);
    expect(canTransition('published', 'closed')).toBe(false);
    expect(nextStatuses('published')).toEqual(['published']);
  });

  it('takes answers only in the field and imports only outside it', () => {
    expect(acceptsAnswers('fielding')).toBe(true);
    expect(acceptsAnswers('closed')).toBe(false);
    expect(acceptsImports('fielding')).toBe(false);
    expect(acceptsImports('closed')).toBe(true);
    expect(acceptsImports('published')).toBe(false);
    expect(acceptsInvitees('closed')).toBe(false);
    expect(acceptsIndicatorChanges('published')).toBe(false);
  });
});
