/**
 * The low-level scanning of readCsv: finding the delimiter, the end of a field
 * or line, and a field's text. They work on the raw bytes by position, so the
 * reader never makes a string of a field it does not need as text.
 */
import { COMMA, CR, LF, QUOTE, SEMICOLON, SPACE, TAB } from './csv-bytes';
import { CsvError } from './csv-table';

const decoder = new TextDecoder('utf-8');

/** The most frequent of comma, semicolon and tab outside quotes on the first line; comma on a tie. */
export function detectDelimiter(bytes: Uint8Array, from: number): number {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let inQuotes = false;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes) {
      if (b === LF || b === CR) break;
      if (b === COMMA) commas++;
      else if (b === SEMICOLON) semicolons++;
      else if (b === TAB) tabs++;
    }
  }
  if (semicolons > commas && semicolons >= tabs) return SEMICOLON;
  if (tabs > commas && tabs > semicolons) return TAB;
  return COMMA;
}

/** Where one field lies in the bytes, and what follows it. */
export interface ScannedField {
  start: number;
  end: number;
  escaped: boolean;
  next: number;
  line: number;
  ended: 'delimiter' | 'line' | 'eof';
}

/** Scan one field starting at pos, quoted or not. */
export function scanField(
  bytes: Uint8Array,
  pos: number,
  delimiter: number,
  line: number,
): ScannedField {
  const len = bytes.length;
  if (bytes[pos] !== QUOTE) {
    let p = pos;
    while (p < len && bytes[p] !== delimiter && bytes[p] !== LF && bytes[p] !== CR) p++;
    return { start: pos, end: p, escaped: false, next: p, line, ended: endOf(bytes, p, delimiter) };
  }
  const startLine = line;
  const start = pos + 1;
  let p = start;
  let escaped = false;
  for (;;) {
    if (p >= len) {
      throw new CsvError(
        'a quoted value is not closed before the end of the file; add the closing double quote (")',
        startLine,
      );
    }
    const b = bytes[p];
    if (b === QUOTE) {
      if (bytes[p + 1] === QUOTE) {
        escaped = true;
        p += 2;
        continue;
      }
      break;
    }
    if (b === LF || (b === CR && bytes[p + 1] !== LF)) line++;
    p++;
  }
  const end = p;
  p++; // closing quote
  while (p < len && bytes[p] === SPACE) p++;
  if (p < len && bytes[p] !== delimiter && bytes[p] !== LF && bytes[p] !== CR) {
    throw new CsvError(
      'unexpected text after a closing double quote; a quote inside a quoted value must be doubled ("")',
      line,
    );
  }
  return { start, end, escaped, next: p, line, ended: endOf(bytes, p, delimiter) };
}

/** Whether a field ended at a delimiter, a line end or the end of the file. */
function endOf(bytes: Uint8Array, p: number, delimiter: number): ScannedField['ended'] {
  if (p >= bytes.length) return 'eof';
  return bytes[p] === delimiter ? 'delimiter' : 'line';
}

/** Step over one CRLF, LF or CR line end. */
export function skipLineEnd(bytes: Uint8Array, pos: number): number {
  if (bytes[pos] === CR) return bytes[pos + 1] === LF ? pos + 2 : pos + 1;
  if (bytes[pos] === LF) return pos + 1;
  return pos;
}

/** The text of a field; a quoted field's doubled quotes ("") become one. */
export function decodeField(
  bytes: Uint8Array,
  field: { start: number; end: number; escaped: boolean },
): string {
  const text = decoder.decode(bytes.subarray(field.start, field.end));
  return field.escaped ? text.replaceAll('""', '"') : text;
}

/** A copy of a quoted field's bytes with each doubled quote ("") made one. */
export function unescapeQuotes(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const out = new Uint8Array(end - start);
  let n = 0;
  for (let i = start; i < end; i++) {
    out[n++] = bytes[i]!;
    if (bytes[i] === QUOTE && bytes[i + 1] === QUOTE) i++;
  }
  return out.subarray(0, n);
}

/** Blank (after trimming spaces) or the literal NA, the missing-value tokens of R's read.csv. */
export function isMissingToken(bytes: Uint8Array, start: number, end: number): boolean {
  let s = start;
  let e = end;
  while (s < e && (bytes[s] === SPACE || bytes[s] === TAB)) s++;
  while (e > s && (bytes[e - 1] === SPACE || bytes[e - 1] === TAB)) e--;
  return s === e || (e - s === 2 && bytes[s] === 0x4e && bytes[s + 1] === 0x41);
}

/** decodeField for a field given by its bounds. */
export function fieldText(bytes: Uint8Array, start: number, end: number, escaped: boolean): string {
  return decodeField(bytes, { start, end, escaped });
}

/** Where the unquoted field starting at pos ends. */
export function fieldEnd(bytes: Uint8Array, pos: number, delimiter: number): number {
  let p = pos;
  while (p < bytes.length) {
    const x = bytes[p];
    if (x === delimiter || x === LF || x === CR) break;
    p++;
  }
  return p;
}
