import type { Readable } from 'node:stream';
import { type InfoRecord, parse } from 'csv-parse/sync';
import { type Options as StringifyOptions, stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';

/**
 * CSV in and out through csv-parse and csv-stringify, set up the way Dutch spreadsheets
 * write and read it. Modules keep their own column rules and Dutch error texts; this file
 * knows only records, line numbers and the formula guard. (`src/stats` keeps its own
 * byte-level reader for a million rows: docs/adr/0025.)
 */

export type CsvDelimiter = ',' | ';' | '\t';

/** One data line of a CSV file: the 1-based line it starts on, and its fields. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Why a file is not CSV, with where: the line the broken record starts on, and its field. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly kind: 'unclosed_quote' | 'text_after_quote' | 'quote_inside_field',
    readonly line: number,
    /** 0-based index of the field within its record. */
    readonly fieldIndex: number,
  ) {
    super(`CSV ${kind} at line ${line}, field ${fieldIndex + 1}`);
  }
}

const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t'];

/** The delimiter that occurs most often in the header line outside quotes (ties: comma). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as CsvDelimiter]++;
  }
  let best: CsvDelimiter = ',';
  for (const d of DELIMITERS) if (counts[d] > counts[best]) best = d;
  return best;
}

const SYNTAX_ERRORS: Record<string, CsvSyntaxError['kind']> = {
  CSV_QUOTE_NOT_CLOSED: 'unclosed_quote',
  CSV_INVALID_CLOSING_QUOTE: 'text_after_quote',
  INVALID_OPENING_QUOTE: 'quote_inside_field',
};

/**
 * Split CSV text into records (RFC 4180 quoting; CRLF, LF or lone CR line ends; fields
 * may differ in number, the caller checks that). Blank lines are skipped but counted,
 * so every record knows the line it starts on. `ltrim` allows spaces before a quote.
 */
export function readCsvRecords(
  text: string,
  delimiter: CsvDelimiter,
  options: { ltrim?: boolean } = {},
): CsvRecord[] {
  // csv-parse reports the line a record ends on; the next one starts on the line after.
  let endOfLast = 0;
  const records: CsvRecord[] = [];
  try {
    parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: false,
      ltrim: options.ltrim ?? false,
      on_record: (fields: string[], context: InfoRecord) => {
        const line = endOfLast + 1;
        endOfLast = context.lines;
        if (!(fields.length === 1 && fields[0]!.trim() === '')) records.push({ line, fields });
        return null;
      },
    });
  } catch (error) {
    const kind = SYNTAX_ERRORS[(error as { code?: string }).code ?? ''];
    if (!kind) throw error;
    throw new CsvSyntaxError(kind, endOfLast + 1, (error as { index?: number }).index ?? 0);
  }
  return records;
}

/** A value of an exported cell; booleans are written as "ja"/"nee". */
export type CsvValue = string | number | boolean | null | undefined;

/** Excel and LibreOffice run cells starting with these as formulas: neutralise them. */
const FORMULA_START = /^[=+\-@\t\r]/;

function writerOptions(delimiter: CsvDelimiter, bom: boolean): StringifyOptions {
  return {
    delimiter,
    bom,
    record_delimiter: 'windows',
    // Both separators and any line break are quoted, so the file opens the same in a
    // Dutch (semicolon) and an English (comma) spreadsheet.
    quoted_match: /[\r\n,;]/,
    cast: {
      boolean: (value) => (value ? 'ja' : 'nee'),
      string: (value) => (FORMULA_START.test(value) ? `'${value}` : value),
    },
  };
}

/** CSV text (CRLF line ends, formula-safe cells), for small files sent whole. */
export function csvText(
  rows: readonly (readonly CsvValue[])[],
  delimiter: CsvDelimiter,
  { bom = false } = {},
): string {
  return stringifySync(rows as CsvValue[][], writerOptions(delimiter, bom));
}

/** The same CSV as a stream, written while it is sent. */
export function csvStream(
  rows: Iterable<readonly CsvValue[]>,
  delimiter: CsvDelimiter,
  { bom = false } = {},
): Readable {
  const stringifier = stringify(writerOptions(delimiter, bom));
  // Written lazily, row by row as the reader asks: a large export is never one string.
  const source = rows[Symbol.iterator]();
  const pump = () => {
    for (;;) {
      const next = source.next();
      if (next.done) return void stringifier.end();
      if (!stringifier.write(next.value)) return void stringifier.once('drain', pump);
    }
  };
  pump();
  return stringifier;
}
