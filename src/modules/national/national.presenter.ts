import { csvText } from '../../platform/files/csv';
import type { ReleaseTableRow } from './national.schemas';
import type { NationalReleaseRow } from './national.tables';
import type { DictionaryEntry } from './national-dictionary';

export interface ReleaseListRow {
  id: string;
  quarter: string;
  corrects_id: string | null;
  k: number;
  licence: string;
  published_at: Date;
  cells: number;
}

export function presentReleaseMeta(row: ReleaseListRow) {
  return {
    id: row.id,
    quarter: row.quarter,
    correctsId: row.corrects_id,
    k: row.k,
    licence: row.licence,
    publishedAt: row.published_at.toISOString(),
    cells: Number(row.cells),
  };
}

export function releaseMetaOf(row: NationalReleaseRow) {
  return presentReleaseMeta({ ...row, cells: (row.tables as unknown[]).length });
}

export function presentReleaseTables(row: NationalReleaseRow) {
  return { release: releaseMetaOf(row), rows: row.tables as ReleaseTableRow[] };
}

const COLUMNS = [
  'filter',
  'level',
  'period',
  'areaType',
  'areaCode',
  'areaName',
  'count',
  'rate',
  'suppressed',
] as const;

/** tables.csv: one row per cell, comma-separated, a header row first. */
export function releaseCsv(row: NationalReleaseRow): string {
  const rows = row.tables as ReleaseTableRow[];
  return csvText([[...COLUMNS], ...rows.map((r) => COLUMNS.map((c) => r[c]))], ',');
}

export function dictionaryCsv(row: NationalReleaseRow): string {
  const entries = row.dictionary as DictionaryEntry[];
  return csvText(
    [
      ['field', 'type', 'description', 'values'],
      ...entries.map((e) => [e.field, e.type, e.description, e.values?.join(' ') ?? '']),
    ],
    ',',
  );
}
