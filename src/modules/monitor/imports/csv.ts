import {
  type CsvDelimiter,
  type CsvRecord,
  CsvSyntaxError,
  detectDelimiter,
  readCsvRecords,
} from '../../../platform/files/csv';
import { ImportError, issue } from './import-issue';

export type { CsvRecord };

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  delimiter: CsvDelimiter;
  /** Notes for the user about what was recognised (BOM, delimiter, encoding). */
  notes: string[];
}

const DELIMITER_NAMES: Record<CsvDelimiter, string> = {
  ',': 'komma',
  ';': 'puntkomma',
  '\t': 'tab',
};

/** Decode bytes: UTF-8 (BOM stripped) or, when that fails, Windows-1252 as old Excel writes. */
export function decodeText(bytes: Uint8Array, notes: string[]): string {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    notes.push('Byte-order mark (BOM) aan het begin herkend en overgeslagen.');
  }
  const body = bytes.subarray(start);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    notes.push('Het bestand is geen UTF-8; gelezen als Windows-1252 (Excel).');
    return new TextDecoder('windows-1252').decode(body);
  }
}

const SYNTAX_ADVICE: Record<CsvSyntaxError['kind'], string> = {
  unclosed_quote:
    'een aanhalingsteken wordt geopend maar niet gesloten. Sluit het veld af met een aanhalingsteken.',
  text_after_quote:
    'na het afsluitende aanhalingsteken staat nog tekst. Zet het hele veld tussen aanhalingstekens en verdubbel aanhalingstekens in de tekst ("").',
  quote_inside_field:
    'er staat een aanhalingsteken midden in een veld. Zet het hele veld tussen aanhalingstekens en verdubbel aanhalingstekens in de tekst ("").',
};

/** The header's name for the field a syntax error is in (its number when the header is the broken line). */
function columnOf(text: string, delimiter: CsvDelimiter, error: CsvSyntaxError): string {
  const before = text
    .split(/\r\n|\n|\r/)
    .slice(0, error.line - 1)
    .join('\n');
  const header = error.line > 1 ? readCsvRecords(before, delimiter)[0]?.fields : undefined;
  return header?.[error.fieldIndex] ?? `${error.fieldIndex + 1}`;
}

/**
 * Parse CSV as spreadsheets write it (csv-parse underneath): comma, semicolon or tab
 * delimited (found from the header), CRLF, LF or CR line ends, quoted fields with ""
 * escapes and line breaks inside quotes, blank lines skipped. Every error names the line
 * (and column) and says what to fix.
 */
export function parseCsv(input: Uint8Array | string): CsvTable {
  const notes: string[] = [];
  let text = typeof input === 'string' ? input : decodeText(input, notes);
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    if (!notes.some((n) => n.includes('BOM')))
      notes.push('Byte-order mark (BOM) aan het begin herkend en overgeslagen.');
  }
  const delimiter = detectDelimiter(text);
  if (delimiter !== ',') notes.push(`Scheidingsteken herkend: ${DELIMITER_NAMES[delimiter]}.`);

  let rows: CsvRecord[];
  try {
    rows = readCsvRecords(text, delimiter);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new ImportError([
      issue(error.line, columnOf(text, delimiter, error), SYNTAX_ADVICE[error.kind]),
    ]);
  }

  const first = rows.shift();
  if (!first) {
    throw new ImportError([
      issue(null, null, 'Het bestand is leeg. Lever een kopregel en gegevens aan.'),
    ]);
  }
  const names = first.fields.map((f) => f.trim());
  const seen = new Set<string>();
  names.forEach((name, index) => {
    if (name === '') {
      throw new ImportError([
        issue(1, `${index + 1}`, 'de kopregel heeft een lege kolomnaam. Geef elke kolom een naam.'),
      ]);
    }
    const k = name.toLowerCase();
    if (seen.has(k)) {
      throw new ImportError([
        issue(1, name, 'deze kolomnaam komt twee keer voor in de kopregel. Maak de namen uniek.'),
      ]);
    }
    seen.add(k);
  });
  for (const record of rows) {
    if (record.fields.length !== names.length) {
      throw new ImportError([
        issue(
          record.line,
          null,
          `${record.fields.length} velden gevonden, de kopregel heeft er ${names.length}. ` +
            `Controleer het scheidingsteken (${DELIMITER_NAMES[delimiter]}) en de aanhalingstekens in deze regel.`,
        ),
      ]);
    }
  }
  return { header: names, records: rows, delimiter, notes };
}

/** Find a column by name, ignoring case and surrounding spaces; -1 when absent. */
export function columnIndex(header: readonly string[], name: string): number {
  const wanted = name.trim().toLowerCase();
  return header.findIndex((h) => h.trim().toLowerCase() === wanted);
}

/**
 * Parse a number as Dutch and English spreadsheets write it: "1.5", "1,5" (a
 * decimal comma), "1.234,5" (thousands dots). Returns null for blank, NaN for junk.
 */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  let normal = t;
  if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(t)) normal = t.replace(/\./g, '').replace(',', '.');
  else if (/^[-+]?\d*,\d+$/.test(t)) normal = t.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normal)) return Number.NaN;
  return Number(normal);
}
