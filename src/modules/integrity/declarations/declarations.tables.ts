import type { Generated, Selectable } from 'kysely';
import type { DeclarationKind, Office } from '../integrity.vocabulary';

export type DeclarationStatus = 'submitted' | 'validated' | 'rejected' | 'withdrawn';

export interface IntegrityOfficeHolderTable {
  organisation_id: string;
  person_id: string;
  office: Office;
  party: string | null;
  since: string;
  until: string | null;
  last_confirmed_at: Date | null;
  created_at: Generated<Date>;
}
export type OfficeHolderRow = Selectable<IntegrityOfficeHolderTable>;

export interface IntegrityDeclarationTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  kind: DeclarationKind;
  organisation_name: string;
  role: string | null;
  paid: boolean | null;
  description: string | null;
  value_cents: number | null;
  start_on: string;
  end_on: string | null;
  status: Generated<DeclarationStatus>;
  review_note_enc: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export type DeclarationRow = Selectable<IntegrityDeclarationTable>;

export interface IntegritySideIncomeTable {
  organisation_id: string;
  declaration_id: string;
  year: number;
  amount_cents: number;
  reported_at: Generated<Date>;
}

export interface DeclarationsTables {
  integrity_office_holder: IntegrityOfficeHolderTable;
  integrity_declaration: IntegrityDeclarationTable;
  integrity_side_income: IntegritySideIncomeTable;
}
