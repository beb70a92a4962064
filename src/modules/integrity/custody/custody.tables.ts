import type { Generated, Selectable } from 'kysely';

export interface IntegrityCustodianTable {
  organisation_id: string;
  person_id: string;
  designated_by: string | null;
  designated_at: Generated<Date>;
}

export interface IntegrityKeyShareSetTable {
  organisation_id: string;
  id: Generated<string>;
  key_versions: number[];
  threshold: number;
  share_count: number;
  check_value: string;
  created_by: string | null;
  created_at: Generated<Date>;
  superseded_at: Date | null;
}
export type KeyShareSetRow = Selectable<IntegrityKeyShareSetTable>;

export interface IntegrityKeyShareTable {
  organisation_id: string;
  set_id: string;
  x: number;
  custodian_id: string;
  fingerprint: string;
  share_enc: string | null;
  collected_at: Date | null;
}

export interface IntegrityKeyRecoveryTable {
  organisation_id: string;
  id: Generated<string>;
  set_id: string;
  status: 'collecting' | 'completed' | 'failed' | 'expired';
  first_custodian_id: string | null;
  first_share_sealed: string | null;
  started_at: Generated<Date>;
  expires_at: Date;
  completed_by: string | null;
  completed_at: Date | null;
}
export type KeyRecoveryRow = Selectable<IntegrityKeyRecoveryTable>;

export interface CustodyTables {
  integrity_custodian: IntegrityCustodianTable;
  integrity_key_share_set: IntegrityKeyShareSetTable;
  integrity_key_share: IntegrityKeyShareTable;
  integrity_key_recovery: IntegrityKeyRecoveryTable;
}
