import type { Generated } from 'kysely';

export interface SessionTable {
  id_hash: string;
  person_id: string;
  csrf_token: string;
  auth_method: 'local' | 'oidc';
  /** Set for OIDC sessions: the only organisation the session carries rights in. */
  organisation_id: string | null;
  /** Whether the login included a second factor (TOTP); platform administration requires it. */
  second_factor: Generated<boolean>;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  /** Browser and system as a short label ("Firefox op Linux"), never the user-agent string. */
  device: string | null;
}

/** A password-reset link: only the SHA-256 of its token, single use, valid 30 minutes. */
export interface PasswordResetTable {
  token_hash: string;
  person_id: string;
  created_at: Generated<Date>;
  expires_at: Date;
  used_at: Date | null;
}

export interface LoginChallengeTable {
  id_hash: string;
  person_id: string;
  attempts: Generated<number>;
  expires_at: Date;
}

export interface ApiTokenTable {
  organisation_id: string;
  id: Generated<string>;
  name: string;
  role: string;
  token_hash: string;
  created_by: string | null;
  created_at: Generated<Date>;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export interface OidcConfigTable {
  organisation_id: string;
  issuer: string;
  client_id: string;
  client_secret_enc: string | null;
  scopes: Generated<string>;
  enabled: Generated<boolean>;
  default_role: Generated<string>;
}

/** E-mail domains whose addresses an organisation's IdP may sign in; set by the platform admin. */
export interface OrganisationDomainTable {
  organisation_id: string;
  domain: string;
  created_at: Generated<Date>;
}

export interface OidcIdentityTable {
  issuer: string;
  subject: string;
  person_id: string;
}

export interface OidcLoginStateTable {
  state: string;
  organisation_id: string;
  code_verifier: string;
  nonce: string;
  return_to: Generated<string>;
  expires_at: Date;
}

export interface OrganisationKeyTable {
  organisation_id: string;
  /** 'audit': the platform's audit key (owner: the nil UUID), see ADR 0019. */
  purpose: 'data' | 'integrity' | 'audit';
  version: number;
  wrapped_key: string;
  master_key_id: string;
  created_at: Generated<Date>;
}

export interface AuditChainTable {
  organisation_id: string;
  last_seq: number;
  last_hash: string;
}

/** One row while chains sealed before the audit key existed still wait for re-keying. */
export interface AuditRekeyPendingTable {
  id: Generated<boolean>;
}

/** The address an organisation's audit checkpoints are mailed to. */
export interface AuditCheckpointRecipientTable {
  organisation_id: string;
  email: string;
  updated_at: Generated<Date>;
}

export interface AuditEventTable {
  /** Insertion order; the chain order is `seq`, given when the event is sealed. */
  id: Generated<number>;
  organisation_id: string;
  /** Null until sealed. */
  seq: number | null;
  at: Date;
  actor_type: string;
  actor_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  result: string;
  origin: string | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface JobTable {
  id: Generated<number>;
  queue: string;
  payload: Generated<unknown>;
  singleton_key: string | null;
  /** Start of the scheduled slot of a recurring run; null for one-off jobs. */
  slot: Date | null;
  run_at: Generated<Date>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_by: string | null;
  /** Lease: another worker may take the job over once this has passed. */
  locked_until: Date | null;
  /** When the current (or last) attempt started. */
  started_at: Date | null;
  done_at: Date | null;
  failed_at: Date | null;
  last_error: string | null;
  created_at: Generated<Date>;
}

export interface MailLogTable {
  id: Generated<number>;
  organisation_id: string | null;
  template: string;
  message_id: string | null;
  sent_at: Generated<Date>;
}

export interface PlatformTables {
  session: SessionTable;
  login_challenge: LoginChallengeTable;
  password_reset: PasswordResetTable;
  api_token: ApiTokenTable;
  oidc_config: OidcConfigTable;
  oidc_identity: OidcIdentityTable;
  organisation_domain: OrganisationDomainTable;
  oidc_login_state: OidcLoginStateTable;
  organisation_key: OrganisationKeyTable;
  audit_chain: AuditChainTable;
  audit_event: AuditEventTable;
  audit_rekey_pending: AuditRekeyPendingTable;
  audit_checkpoint_recipient: AuditCheckpointRecipientTable;
  job: JobTable;
  mail_log: MailLogTable;
}
