import { hasAnyRole, type Scope } from '../actor';
import type { Role } from '../roles';

/** Only an organisation's admins configure its login. */
export const canConfigureOidc = (scope: Scope): boolean => hasAnyRole(scope, 'org_admin');

/**
 * Roles an IdP may hand out on first login. Administration and the
 * cross-organisation analyst role must always be granted by a person,
 * never by whoever happens to have an account at the IdP.
 */
export const PROVISIONABLE_ROLES = [
  'reporter',
  'handler',
  'integrity_officer',
  'confidential_counsellor',
  'clerk',
  'researcher',
] as const satisfies readonly Role[];

export function isProvisionableRole(role: string): role is (typeof PROVISIONABLE_ROLES)[number] {
  return (PROVISIONABLE_ROLES as readonly string[]).includes(role);
}

/**
 * Where to send the browser after login: only a relative path on our own site
 * (one rule for every login; see ../return-path.ts).
 */
export {
  MAX_RETURN_PATH_LENGTH as MAX_RETURN_TO_LENGTH,
  safeReturnPath as safeReturnTo,
} from '../return-path';

/** What the IdP told us about the person, as far as account matching needs it. */
export interface AccountClaims {
  email: string | null;
  emailVerified: boolean | null;
}

/** People the callback found in the database for these claims. */
export interface AccountCandidates {
  /** The person already linked to (issuer, subject), if any, and whether they belong to this organisation. */
  linkedPerson: { id: string; isMember: boolean } | null;
  /** The person with the same e-mail address, if any, and whether they belong to this organisation. */
  emailPerson: { id: string; isMember: boolean } | null;
}

export type AccountDecision =
  | { kind: 'linked'; personId: string }
  | { kind: 'link_by_email'; personId: string }
  | { kind: 'create' }
  | { kind: 'refuse'; reason: RefusalReason };

export type RefusalReason = 'not_member' | 'no_email' | 'email_unverified' | 'email_taken';

/**
 * Map an IdP identity to a person. A known (issuer, subject) wins, as long as
 * the person still belongs to the organisation: an admin who removed someone
 * is not overruled at their next login (roles are handed out on first login
 * only; after that the organisation's admins decide). Otherwise
 * an existing person is linked by e-mail only when the IdP says the address
 * is verified AND the person is already a member of the organisation whose
 * IdP this is: an organisation's IdP must never be able to take over the
 * account of someone outside that organisation (for instance a platform
 * admin) by asserting their address. Otherwise a new person is created,
 * unless the IdP explicitly says the address is unverified.
 */
export function decideAccount(claims: AccountClaims, found: AccountCandidates): AccountDecision {
  if (found.linkedPerson) {
    if (!found.linkedPerson.isMember) return { kind: 'refuse', reason: 'not_member' };
    return { kind: 'linked', personId: found.linkedPerson.id };
  }
  if (!claims.email) return { kind: 'refuse', reason: 'no_email' };
  if (found.emailPerson) {
    if (claims.emailVerified === true && found.emailPerson.isMember) {
      return { kind: 'link_by_email', personId: found.emailPerson.id };
    }
    return {
      kind: 'refuse',
      reason: claims.emailVerified === true ? 'email_taken' : 'email_unverified',
    };
  }
  if (claims.emailVerified === false) return { kind: 'refuse', reason: 'email_unverified' };
  return { kind: 'create' };
}
