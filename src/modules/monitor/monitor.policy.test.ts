import { describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth/roles';
import { canReadMonitor, canRunMonitor, canSeeWave } from './monitor.policy';

const as = (...roles: Role[]) => ({ roles: new Set(roles) });

describe('monitor policy', () => {
  it('lets only researchers run the Monitor', () => {
    expect(canRunMonitor(as('researcher'))).toBe(true);
    expect(canRunMonitor(as('national_analyst'))).toBe(false);
    expect(canRunMonitor(as('org_admin', 'handler'))).toBe(false);
  });

  it('lets researchers and national analysts read results', () => {
    expect(canReadMonitor(as('national_analyst'))).toBe(true);
    expect(canReadMonitor(as('researcher'))).toBe(true);
    expect(canReadMonitor(as('reporter', 'org_admin'))).toBe(false);
  });

  it('shows an analyst published waves only', () => {
    expect(canSeeWave(as('national_analyst'), { status: 'published' })).toBe(true);
    expect(canSeeWave(as('national_analyst'), { status: 'closed' })).toBe(false);
    expect(canSeeWave(as('researcher'), { status: 'draft' })).toBe(true);
    expect(canSeeWave(as('org_admin'), { status: 'published' })).toBe(false);
  });
});
