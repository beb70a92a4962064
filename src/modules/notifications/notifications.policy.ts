import { hasAnyRole, type Scope } from '../../platform/auth/actor';

/*
 * Notifications are a person's own: the list, marking read and the preferences are for
 * the signed-in person (never an API token), and only for event types their roles in this
 * organisation receive now. The organisation's defaults are the admin's.
 */

/** Your own notifications and preferences. */
export const canReadOwn = (scope: Scope): boolean => scope.actorType === 'person';

/** The organisation's notification settings. */
export const canConfigure = (scope: Scope): boolean =>
  scope.actorType === 'person' && hasAnyRole(scope, 'org_admin');
