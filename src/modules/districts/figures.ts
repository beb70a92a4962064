/**
 * Reading CBS "Kerncijfers wijken en buurten" context figures from CSV (ADR 0044): one line per
 * wijk or buurt code, the columns of the data dictionary below (CBS's own short names are
 * accepted too), every other column ignored and listed. Missing values as CBS writes them
 * ("." or empty) are kept as unknown. Pure: the caller checks the codes against the boundaries.
 */
import {
  type CsvRecord,
  CsvSyntaxError,
  detectDelimiter,
  readCsvRecords,
} from '../../platform/files/csv';

/** The context figures a district can carry: key, CBS column names, Dutch label. */
export const FIGURE_DICTIONARY = [
  {
    key: 'inwoners',
    columns: ['inwoners', 'a_inw', 'aantalinwoners_5'],
    label: 'Inwoners',
    description: 'Aantal inwoners op 1 januari (CBS a_inw)',
  },
  {
    key: 'huishoudens',
    columns: ['huishoudens', 'a_hh', 'huishoudenstotaal_28'],
    label: 'Huishoudens',
    description: 'Aantal particuliere huishoudens (CBS a_hh)',
  },
  {
    key: 'woningen',
    columns: ['woningen', 'a_woning', 'woningvoorraad_31'],
    label: 'Woningen',
    description: 'Woningvoorraad (CBS a_woning)',
  },
  {
    key: 'oppervlakte_land_ha',
    columns: ['oppervlakte_land_ha', 'a_lan_ha', 'oppervlakteland_111'],
    label: 'Oppervlakte land (ha)',
    description: 'Oppervlakte land in hectare (CBS a_lan_ha)',
  },
] as const;

export type FigureKey = (typeof FIGURE_DICTIONARY)[number]['key'];

/** Names of the code column. */
const CODE_COLUMNS = [
  'code',
  'gwb_code_10',
  'gwb_code',
  'statcode',
  'wijkenenbuurten',
  'regiocode',
];
/** Most lines in one file (all wijken and buurten of Amsterdam are about 600). */
export const MAX_FIGURE_LINES = 5000;

export interface FigureLine {
  line: number;
  code: string;
  figures: Partial<Record<FigureKey, number | null>>;
}

export interface LineProblem {
  line: number;
  message: string;
}

export type FiguresParse =
  | { ok: true; lines: FigureLine[]; columns: FigureKey[]; ignored: string[] }
  | { ok: false; problems: LineProblem[] };

/** A number as CBS writes it: "12345", "12 345", "1.234" (thousands) or "12,5"; "." is unknown. */
function parseNumber(raw: string): number | null | undefined {
  const v = raw.trim().replace(/\s/g, '');
  if (v === '' || v === '.' || v === '-') return null;
  let normal = v;
  if (/^-?\d{1,3}(\.\d{3})+$/.test(v)) normal = v.replace(/\./g, '');
  else normal = v.replace(',', '.');
  const n = Number(normal);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Read the figures CSV; every problem names its line. */
export function parseFiguresCsv(input: string): FiguresParse {
  const text = input.replace(/^\uFEFF/, '');
  let records: CsvRecord[];
  try {
    records = readCsvRecords(text, detectDelimiter(text), { ltrim: true });
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return {
      ok: false,
      problems: [
        {
          line: error.line,
          message: `Regel ${error.line}: het CSV-bestand is niet goed gevormd (aanhalingstekens).`,
        },
      ],
    };
  }
  const [header, ...rows] = records;
  if (!header)
    return { ok: false, problems: [{ line: 1, message: 'Regel 1: het bestand is leeg.' }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const codeCol = names.findIndex((n) => CODE_COLUMNS.includes(n));
  const figureCols = FIGURE_DICTIONARY.map((d) => ({
    key: d.key as FigureKey,
    index: names.findIndex((n) => (d.columns as readonly string[]).includes(n)),
  })).filter((c) => c.index >= 0);
  if (codeCol < 0 || figureCols.length === 0) {
    return {
      ok: false,
      problems: [
        {
          line: header.line,
          message: `Regel ${header.line}: de kopregel moet een kolom code (of gwb_code_10) en ten minste één kolom uit het gegevenswoordenboek bevatten (bijvoorbeeld inwoners).`,
        },
      ],
    };
  }
  if (rows.length > MAX_FIGURE_LINES) {
    return {
      ok: false,
      problems: [
        {
          line: rows[MAX_FIGURE_LINES]!.line,
          message: `Hoogstens ${MAX_FIGURE_LINES} regels per bestand.`,
        },
      ],
    };
  }
  const used = new Set([codeCol, ...figureCols.map((c) => c.index)]);
  const ignored = header.fields.filter((_, i) => !used.has(i)).map((f) => f.trim());
  const problems: LineProblem[] = [];
  const lines: FigureLine[] = [];
  const seen = new Set<string>();
  for (const record of rows) {
    const code = (record.fields[codeCol] ?? '').trim().toUpperCase();
    // CBS files also hold the municipality itself (GMxxxx) and the country: not a district.
    if (/^(GM\d{4}|NL\d+)$/.test(code)) continue;
    if (seen.has(code)) {
      problems.push({
        line: record.line,
        message: `Regel ${record.line}: ${code} komt vaker voor.`,
      });
      continue;
    }
    seen.add(code);
    const figures: FigureLine['figures'] = {};
    for (const c of figureCols) {
      const value = parseNumber(record.fields[c.index] ?? '');
      if (value === undefined) {
        problems.push({
          line: record.line,
          message: `Regel ${record.line}: ${c.key} van ${code || '(geen code)'} is geen getal van 0 of meer.`,
        });
      } else figures[c.key] = value;
    }
    lines.push({ line: record.line, code, figures });
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };
  return { ok: true, lines, columns: figureCols.map((c) => c.key), ignored };
}
