import { hasAnyRole, type Scope } from '../../platform/auth/actor';
import type { WaveStatus } from './monitor.tables';

/** Researchers run the Monitor: waves, frames, invitations, imports, indicators, publication. */
export const canRunMonitor = (scope: Pick<Scope, 'roles'>): boolean =>
  hasAnyRole(scope, 'researcher');

/** Researchers and national analysts read results and published reports. */
export const canReadMonitor = (scope: Pick<Scope, 'roles'>): boolean =>
  hasAnyRole(scope, 'researcher', 'national_analyst');

/** A national analyst sees a wave only once it is published; a researcher sees every wave. */
export const canSeeWave = (scope: Pick<Scope, 'roles'>, wave: { status: WaveStatus }): boolean =>
  canRunMonitor(scope) || (canReadMonitor(scope) && wave.status === 'published');
