import { ImportError, issue } from './import-issue';

/** One data line of a CSV file: its 1-based line number in the file and its fields. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  delimiter: ',' | ';' | '\t';
  /** Notes for the user about what was recognised (BOM, delimiter, encoding). */
  notes: string[];
}

const DELIMITERS = [';', ',', '\t'] as const;
const DELIMITER_NAMES: Record<CsvTable['delimiter'], string> = {
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

/** The delimiter that occurs most often in the header line outside quotes (ties: comma). */
function detectDelimiter(text: string): CsvTable['delimiter'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  let best: CsvTable['delimiter'] = ',';
  for (const d of DELIMITERS) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * Parse CSV as spreadsheets write it: comma, semicolon or tab delimited (found
 * from the header), CRLF, LF or CR line ends, quoted fields with "" escapes and
 * line breaks inside quotes, blank lines skipped. Every error names the line
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

  const rows: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  let state: 'start' | 'plain' | 'quoted' | 'afterQuote' = 'start';
  let header: string[] | null = null;

  const column = (index: number) => header?.[index] ?? `${index + 1}`;
  const endRecord = () => {
    fields.push(field);
    field = '';
    const blank = fields.length === 1 && fields[0]!.trim() === '';
    if (!blank) rows.push({ line: recordLine, fields });
    fields = [];
    if (!header && rows.length === 1) header = rows[0]!.fields;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (state === 'quoted') {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else state = 'afterQuote';
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      state = 'start';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
      state = 'start';
    } else if (state === 'afterQuote') {
      throw new ImportError([
        issue(
          line,
          column(fields.length),
          `na het afsluitende aanhalingsteken staat nog tekst ("${ch}"). Zet het hele veld tussen aanhalingstekens en verdubbel aanhalingstekens in de tekst ("").`,
        ),
      ]);
    } else if (ch === '"' && state === 'start') {
      state = 'quoted';
      quoteLine = line;
    } else {
      field += ch;
      state = 'plain';
    }
  }
  if (state === 'quoted') {
    throw new ImportError([
      issue(
        quoteLine,
        column(fields.length),
        'een aanhalingsteken wordt geopend maar niet gesloten. Sluit het veld af met een aanhalingsteken.',
      ),
    ]);
  }
  if (field !== '' || fields.length > 0) endRecord();

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
