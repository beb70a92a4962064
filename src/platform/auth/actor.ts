import type { Role } from './roles';

export interface MembershipSummary {
  organisationId: string;
  code: string;
  name: string;
  type: string;
  roles: Role[];
}

/** Who is making the request: a logged-in person or an integration's API token. */
export type Actor =
  | {
      type: 'person';
      personId: string;
      displayName: string;
      email: string;
      locale: 'nl' | 'en';
      /**
       * Platform-admin rights for this request: only for a platform admin whose session
       * came from password + TOTP, never from an organisation's IdP (ADR 0021).
       */
      isPlatformAdmin: boolean;
      /** A platform admin whose session lacks the second factor: platform actions are refused. */
      platformAdminNeedsSecondFactor: boolean;
      /** Organisations this session carries rights in (for an OIDC session: that organisation only). */
      memberships: MembershipSummary[];
      /** The organisation an OIDC session is restricted to; null for a local session. */
      sessionOrganisationId: string | null;
      /** Cookie sessions must present this token on every write. */
      csrfToken: string;
      sessionIdHash: string;
    }
  | {
      type: 'api_token';
      tokenId: string;
      organisationId: string;
      organisationCode: string;
      organisationType: string;
      role: Role;
    };

/**
 * The organisation a scoped request acts in, with the actor's roles there.
 * Only the scope hook creates it, after checking membership.
 */
export interface Scope {
  organisationId: string;
  organisationCode: string;
  organisationType: string;
  roles: ReadonlySet<Role>;
  actor: Actor;
  /** Id of the acting person or token, for audit and ownership checks. */
  actorId: string;
  actorType: 'person' | 'api_token';
}

export function hasAnyRole(scope: Pick<Scope, 'roles'>, ...roles: Role[]): boolean {
  return roles.some((r) => scope.roles.has(r));
}
