import type { Actor } from '../../platform/auth/actor';

/**
 * Platform administration: only a person whose session carries platform-admin rights
 * (password + TOTP, ADR 0021). Routes check it with `requirePlatformAdmin`, which also
 * explains a missing second factor; this is the same rule as a pure function.
 */
export const canAdministerPlatform = (actor: Actor | null): boolean =>
  actor?.type === 'person' && actor.isPlatformAdmin;
