import { describe, expect, it } from 'vitest';
import { ROLES } from '../../platform/auth/roles';
import { canUseBibob } from './bibob.policy';

describe('Bibob policy', () => {
  it('lets only the Bibob officer in', () => {
    for (const role of ROLES)
      expect(canUseBibob({ roles: new Set([role]) })).toBe(role === 'bibob_officer');
    expect(canUseBibob({ roles: new Set(['org_admin', 'bibob_officer']) })).toBe(true);
  });
});
