import type { Scope } from '../../platform/auth/actor';
import { hasAnyRole } from '../../platform/auth/actor';

/*
 * Bibob screening is confidential to the organisation's Bibob officers: no other
 * role (not the org admin, not a handler, not the mayor's aggregates) sees a
 * policy draft, a case or that a case exists. A denied route answers 404.
 */

/** Only a Bibob officer of the organisation uses the Bibob routes. */
export const canUseBibob = (scope: Pick<Scope, 'roles'>): boolean =>
  hasAnyRole(scope, 'bibob_officer');
