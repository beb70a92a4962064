import type { Generated, Selectable } from 'kysely';

/** A published national release (immutable: a database trigger refuses UPDATE and DELETE). */
export interface NationalReleaseTable {
  id: Generated<string>;
  /** The released quarter, e.g. 2026-Q3. */
  quarter: string;
  /** The release this one corrects, if any. */
  corrects_id: string | null;
  k: number;
  licence: string;
  published_by: string | null;
  published_at: Generated<Date>;
  tables: unknown;
  dictionary: unknown;
}

export interface NationalTables {
  national_release: NationalReleaseTable;
}

export type NationalReleaseRow = Selectable<NationalReleaseTable>;
