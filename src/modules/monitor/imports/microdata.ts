import { type CsvTable, parseCsv } from './csv';
import { ImportError, issue } from './import-issue';
import { readSav, type SavFile } from './sav-reader';

/** One respondent row of a microdata file. */
export interface MicrodataRow {
  /** Line number (CSV) or case number (.sav), for messages. */
  line: number;
  /** One value per column: text (CSV, .sav strings), a number (.sav numerics) or null (blank/missing). */
  values: (string | number | null)[];
}

/** A microdata file, whatever its format: columns, value labels, rows. */
export interface MicrodataTable {
  format: 'csv' | 'sav';
  columns: string[];
  /** Per column: value (as text) -> label, from .sav value-label records. */
  valueLabels: Map<string, Map<string, string>>;
  rows: MicrodataRow[];
  /** The weight variable a .sav file declares in its header, if any. */
  declaredWeight: string | null;
  /** What the user should know about how the file was read. */
  notes: string[];
  /** What a row is called in messages. */
  rowUnit: 'Regel' | 'Case';
}

const SAV_MAGIC = ['$FL2', '$FL3'];

/** Which format the bytes are in, by content rather than by file name. */
export function detectFormat(bytes: Uint8Array): 'csv' | 'sav' {
  const head = String.fromCharCode(...bytes.subarray(0, 4));
  return SAV_MAGIC.includes(head) ? 'sav' : 'csv';
}

function fromCsv(table: CsvTable): MicrodataTable {
  return {
    format: 'csv',
    columns: table.header,
    valueLabels: new Map(),
    rows: table.records.map((r) => ({
      line: r.line,
      values: r.fields.map((f) => (f.trim() === '' ? null : f.trim())),
    })),
    declaredWeight: null,
    notes: table.notes,
    rowUnit: 'Regel',
  };
}

function fromSav(file: SavFile): MicrodataTable {
  const notes = [
    `SPSS-bestand: ${file.variables.length} variabelen, ${file.cases.length} cases` +
      (file.compression === 1 ? ', gecomprimeerd' : '') +
      '.',
  ];
  return {
    format: 'sav',
    columns: file.variables.map((v) => v.name),
    valueLabels: new Map(file.variables.map((v) => [v.name, v.valueLabels])),
    rows: file.cases.map((values, i) => ({ line: i + 1, values })),
    declaredWeight: file.weightVariable,
    notes,
    rowUnit: 'Case',
  };
}

/** Read a CSV or .sav file into one table shape; throws ImportError naming line/case and column. */
export function readMicrodata(bytes: Uint8Array): MicrodataTable {
  if (bytes.length === 0) {
    throw new ImportError([
      issue(null, null, 'Het bestand is leeg. Kies een gevuld CSV- of .sav-bestand.'),
    ]);
  }
  return detectFormat(bytes) === 'sav' ? fromSav(readSav(bytes)) : fromCsv(parseCsv(bytes));
}

/** The text a value stands for: its value label when the file has one, else the value itself. */
export function labelOf(table: MicrodataTable, column: string, value: string | number): string {
  const labels = table.valueLabels.get(column);
  return labels?.get(String(value)) ?? String(value);
}
