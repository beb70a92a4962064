import { hasAnyRole, type Scope } from '../../platform/auth/actor';
import type { IncidentRow } from './incidents.tables';

/**
 * Who may do what with reports. Every member of an organisation may report (the
 * reporter role is given to everyone); handlers see the whole register; a reporter
 * sees only what they filed themselves.
 */

/** Filing a report, and "Mijn meldingen". */
export const canReport = (scope: Scope): boolean => hasAnyRole(scope, 'reporter', 'handler');

/** The register, triage, transitions, measures, aftercare, exports. */
export const canHandle = (scope: Scope): boolean => hasAnyRole(scope, 'handler');

/** Organisation settings of the register (deadlines, aftercare, retention, mailbox). */
export const canConfigure = (scope: Scope): boolean => hasAnyRole(scope, 'org_admin');

/** Reading the settings: admins configure them, handlers need the deadlines they imply. */
export const canViewSettings = (scope: Scope): boolean => hasAnyRole(scope, 'org_admin', 'handler');

/** The author of a report is the person or API token that filed it (until anonymised). */
export function isAuthor(
  scope: Pick<Scope, 'actorId' | 'actorType'>,
  row: Pick<IncidentRow, 'author_id' | 'author_type'>,
): boolean {
  return (
    row.author_id !== null && row.author_id === scope.actorId && row.author_type === scope.actorType
  );
}
