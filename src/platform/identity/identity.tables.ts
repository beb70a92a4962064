import type { Generated, Selectable } from 'kysely';

export type OrganisationType = 'gemeente' | 'provincie' | 'waterschap' | 'rijk';

export interface OrganisationTable {
  id: Generated<string>;
  type: OrganisationType;
  code: string;
  name: string;
  theme: Generated<Record<string, string>>;
  settings: Generated<Record<string, unknown>>;
  created_at: Generated<Date>;
  /** Set while the organisation is deactivated: data kept, sign-in and API tokens refused. */
  deactivated_at: Date | null;
}

export interface PersonTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  locale: Generated<'nl' | 'en'>;
  password_hash: string | null;
  totp_secret_enc: string | null;
  totp_enabled: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  is_platform_admin: Generated<boolean>;
  created_at: Generated<Date>;
  last_sign_in_at: Date | null;
}

export interface MembershipTable {
  organisation_id: string;
  person_id: string;
  role: string;
  created_at: Generated<Date>;
}

/** A deactivated membership: roles kept, no rights in the organisation until reactivated. */
export interface MembershipStatusTable {
  organisation_id: string;
  person_id: string;
  deactivated_at: Generated<Date>;
}

/** Who exists and where they belong: login, sessions, OIDC and every module need these (ADR 0024). */
export interface IdentityTables {
  organisation: OrganisationTable;
  person: PersonTable;
  membership: MembershipTable;
  membership_status: MembershipStatusTable;
}

export type OrganisationRow = Selectable<OrganisationTable>;
export type PersonRow = Selectable<PersonTable>;
