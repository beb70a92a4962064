import type { Generated } from 'kysely';

export interface InvitationTable {
  organisation_id: string;
  id: Generated<string>;
  email_hash: string;
  email_enc: string;
  display_name_enc: string | null;
  roles: string[];
  token_hash: string;
  /** Id of the inviting person or API token. */
  invited_by: string | null;
  created_at: Generated<Date>;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_by: string | null;
}

/** Contact details (encrypted JSON) and logo of an organisation. */
export interface OrganisationProfileTable {
  organisation_id: string;
  contact_enc: string | null;
  logo_type: 'image/png' | 'image/jpeg' | 'image/svg+xml' | null;
  /** Encrypted with the organisation's data key (keyring.encryptBytes). */
  logo: Buffer | null;
  logo_updated_at: Date | null;
  updated_at: Generated<Date>;
}

/** The organisations module keeps invitations; organisations, people and memberships are the platform's identity. */
export interface OrganisationsTables {
  invitation: InvitationTable;
  organisation_profile: OrganisationProfileTable;
}
