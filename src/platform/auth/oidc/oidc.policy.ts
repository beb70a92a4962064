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

/** People the callback found in the database for these claims, and what the organisation trusts. */
export interface AccountCandidates {
  /** The person already linked to (issuer, subject), if any, and whether they belong to this organisation. */
  linkedPerson: { id: string; email: string; isMember: boolean } | null;
  /** The person with the same e-mail address, if any, and whether they belong to this organisation. */
  emailPerson: { id: string; isMember: boolean } | null;
  /** E-mail domains the platform admin verified for this organisation (lower case). */
  verifiedDomains: ReadonlySet<string>;
}

export type AccountDecision =
  | { kind: 'linked'; personId: string }
  | { kind: 'link_by_email'; personId: string }
  | { kind: 'create' }
  | { kind: 'refuse'; reason: RefusalReason };

export type RefusalReason =
  | 'not_member'
  | 'no_email'
  | 'email_unverified'
  | 'email_taken'
  | 'domain_unverified';

/** The domain of an e-mail address, lower case, without a trailing dot; null when there is none. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) return null;
  return email
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '');
}

function inVerifiedDomain(email: string, verified: ReadonlySet<string>): boolean {
  const domain = emailDomain(email);
  return domain !== null && verified.has(domain);
}

/**
 * Map an IdP identity to a person. An organisation's IdP is trusted only for
 * addresses in the domains the platform admin verified for that organisation,
 * and never for an address the IdP itself calls unverified: so an
 * organisation admin who controls their IdP cannot sign in as someone of
 * another organisation (or the platform admin) by asserting their address.
 *
 * A known (issuer, subject) wins, as long as the person still belongs to the
 * organisation and their address is still in a verified domain: an admin who
 * removed someone is not overruled at their next login (roles are handed out
 * on first login only). Otherwise an existing person is linked by e-mail only
 * when the IdP says the address is verified AND the person is already a
 * member of the organisation. Otherwise a new person is created.
 */
export function decideAccount(claims: AccountClaims, found: AccountCandidates): AccountDecision {
  if (claims.emailVerified === false) return { kind: 'refuse', reason: 'email_unverified' };
  if (found.linkedPerson) {
    if (!found.linkedPerson.isMember) return { kind: 'refuse', reason: 'not_member' };
    if (!inVerifiedDomain(found.linkedPerson.email, found.verifiedDomains)) {
      return { kind: 'refuse', reason: 'domain_unverified' };
    }
    return { kind: 'linked', personId: found.linkedPerson.id };
  }
  if (!claims.email) return { kind: 'refuse', reason: 'no_email' };
  if (!inVerifiedDomain(claims.email, found.verifiedDomains)) {
    return { kind: 'refuse', reason: 'domain_unverified' };
  }
  if (found.emailPerson) {
    if (claims.emailVerified === true && found.emailPerson.isMember) {
      return { kind: 'link_by_email', personId: found.emailPerson.id };
    }
    return {
      kind: 'refuse',
      reason: claims.emailVerified === true ? 'email_taken' : 'email_unverified',
    };
  }
  return { kind: 'create' };
}
