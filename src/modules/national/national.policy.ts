import type { Scope } from '../../platform/auth/actor';

/** National statistics (all organisations, disclosure-controlled): analysts and researchers. */
export const canReadNational = (scope: Scope): boolean =>
  scope.roles.has('national_analyst') || scope.roles.has('researcher');

/** The organisation's own figures beside its peers: members with insight access. */
export const canReadPeers = (scope: Scope): boolean =>
  scope.roles.has('handler') ||
  scope.roles.has('integrity_officer') ||
  scope.roles.has('org_admin') ||
  scope.roles.has('executive') ||
  canReadNational(scope);
