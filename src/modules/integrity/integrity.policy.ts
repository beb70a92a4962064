import { hasAnyRole, type Scope } from '../../platform/auth/actor';

/**
 * Who may do what in the integrity module: pure functions of the scope (route
 * policies) and of a report (record rules). Every integrity route needs a person:
 * an API token never reads or writes integrity content, because each access must be
 * attributable to someone who answers for it.
 */

const isPerson = (scope: Scope) => scope.actorType === 'person';

/** Any member of the organisation may report a suspicion and follow their own reports. */
export const canReport = (scope: Scope): boolean => isPerson(scope) && scope.roles.size > 0;

/** Integrity officers and confidential counsellors handle reports. */
export const canHandleReports = (scope: Scope): boolean =>
  isPerson(scope) && hasAnyRole(scope, 'integrity_officer', 'confidential_counsellor');

/** Only a confidential counsellor takes in a report on a reporter's behalf. */
export const canTakeIntake = (scope: Scope): boolean =>
  isPerson(scope) && hasAnyRole(scope, 'confidential_counsellor');

/** Retention of integrity cases is the integrity officer's setting. */
export const canConfigureReports = (scope: Scope): boolean =>
  isPerson(scope) && hasAnyRole(scope, 'integrity_officer');

/** Designating custodians and splitting the key: administrators and integrity officers. */
export const canManageCustody = (scope: Scope): boolean =>
  isPerson(scope) && hasAnyRole(scope, 'org_admin', 'integrity_officer');

/**
 * Custodian routes are open to every member at the gate; the use case then answers
 * 404 to anyone who is not a designated custodian (custodianship is not a role).
 */
export const canAskAsCustodian = (scope: Scope): boolean => isPerson(scope) && scope.roles.size > 0;

/** The clerk keeps the register of side positions and runs the agenda check. */
export const canKeepRegister = (scope: Scope): boolean =>
  isPerson(scope) && hasAnyRole(scope, 'clerk');

/** Every member may open their own declarations page (office-holder check in the use case). */
export const canDeclare = (scope: Scope): boolean => isPerson(scope) && scope.roles.size > 0;

/** The facts of a report that decide who may see its reporter's identity. */
export interface IdentityFacts {
  channel: 'anonymous' | 'confidential' | 'identified';
  recipient_id: string | null;
  counsellor_id: string | null;
}

/**
 * Who may see who made a report: nobody for an anonymous one (there is nothing to
 * see); every handler for an identified one; for a confidential one only the person
 * it was entrusted to (recipient or counsellor), or a handler whose unmasking request
 * a custodian approved.
 */
export function mayReadIdentity(
  report: IdentityFacts,
  personId: string,
  hasApprovedUnmask: boolean,
): boolean {
  if (report.channel === 'anonymous') return false;
  if (report.channel === 'identified') return true;
  return report.recipient_id === personId || report.counsellor_id === personId || hasApprovedUnmask;
}

/** A confidential report's identity is what unmasking is for; nobody asks for their own. */
export function mayRequestUnmask(report: IdentityFacts, personId: string): boolean {
  return report.channel === 'confidential' && !mayReadIdentity(report, personId, false);
}

/** A custodian decides on someone else's request only. */
export function mayDecideUnmask(requestedBy: string, custodianId: string): boolean {
  return requestedBy !== custodianId;
}
