/**
 * Reading a meeting agenda from CSV or JSON (pure). Every problem is reported with
 * the line it is on, so the clerk can fix the file; nothing is imported while there
 * is any problem.
 *
 * CSV: a header row with `item`, `title` and optionally `description` (Dutch names
 * `agendapunt`/`punt`, `titel`/`onderwerp`, `omschrijving`/`toelichting` work too),
 * comma, semicolon or tab separated, RFC 4180 quoting (read by the platform's CSV reader).
 * JSON: an array of {item, title, description}, or {"items": [...]}.
 */

import {
  type CsvRecord,
  CsvSyntaxError,
  detectDelimiter,
  readCsvRecords,
} from '../../../platform/files/csv';

export const MAX_AGENDA_ITEMS = 300;
export const MAX_ITEM_NO = 20;
export const MAX_TITLE = 500;
export const MAX_DESCRIPTION = 10_000;

export interface AgendaRow {
  itemNo: string;
  title: string;
  description: string | null;
  line: number;
}

export interface LineProblem {
  line: number;
  message: string;
}

export type AgendaParse = { ok: true; items: AgendaRow[] } | { ok: false; problems: LineProblem[] };

const HEADER_ALIASES: Record<'item' | 'title' | 'description', readonly string[]> = {
  item: ['item', 'agendapunt', 'punt', 'nummer', 'nr'],
  title: ['title', 'titel', 'onderwerp'],
  description: ['description', 'omschrijving', 'toelichting', 'beschrijving'],
};

/** Check one row's fields; problems name the line. */
function checkRow(
  line: number,
  item: unknown,
  title: unknown,
  description: unknown,
): { row?: AgendaRow; problems: LineProblem[] } {
  const problems: LineProblem[] = [];
  const itemNo =
    typeof item === 'number' ? String(item) : typeof item === 'string' ? item.trim() : '';
  const titleText = typeof title === 'string' ? title.trim() : '';
  const descriptionText = typeof description === 'string' ? description.trim() : '';
  if (!itemNo) problems.push({ line, message: `Regel ${line}: het agendapunt (item) ontbreekt.` });
  else if (itemNo.length > MAX_ITEM_NO)
    problems.push({
      line,
      message: `Regel ${line}: het agendapunt is langer dan ${MAX_ITEM_NO} tekens.`,
    });
  if (!titleText) problems.push({ line, message: `Regel ${line}: de titel ontbreekt.` });
  else if (titleText.length > MAX_TITLE)
    problems.push({ line, message: `Regel ${line}: de titel is langer dan ${MAX_TITLE} tekens.` });
  if (description !== undefined && description !== null && typeof description !== 'string')
    problems.push({ line, message: `Regel ${line}: de omschrijving moet tekst zijn.` });
  if (descriptionText.length > MAX_DESCRIPTION)
    problems.push({
      line,
      message: `Regel ${line}: de omschrijving is langer dan ${MAX_DESCRIPTION} tekens.`,
    });
  if (problems.length > 0) return { problems };
  return {
    row: { itemNo, title: titleText, description: descriptionText || null, line },
    problems,
  };
}

// ── CSV ─────────────────────────────────────────────────────────────────────

function syntaxMessage(error: CsvSyntaxError): string {
  switch (error.kind) {
    case 'unclosed_quote':
      return `Regel ${error.line}: een aanhalingsteken wordt niet gesloten.`;
    case 'text_after_quote':
      return `Regel ${error.line}: na het afsluitende aanhalingsteken staat nog tekst.`;
    case 'quote_inside_field':
      return `Regel ${error.line}: een aanhalingsteken midden in een veld; zet het veld tussen aanhalingstekens en verdubbel het ("").`;
  }
}

/** Read an agenda from CSV (csv-parse underneath); every problem names its line. */
export function parseAgendaCsv(input: string): AgendaParse {
  const text = input.replace(/^\uFEFF/, '');
  let records: CsvRecord[];
  try {
    // Spaces before a quoted field are forgiven, as clerks type them.
    records = readCsvRecords(text, detectDelimiter(text), { ltrim: true });
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { ok: false, problems: [{ line: error.line, message: syntaxMessage(error) }] };
  }
  const [header, ...rows] = records;
  if (!header)
    return { ok: false, problems: [{ line: 1, message: 'Regel 1: het bestand is leeg.' }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const column = (key: keyof typeof HEADER_ALIASES) =>
    names.findIndex((n) => HEADER_ALIASES[key].includes(n));
  const itemCol = column('item');
  const titleCol = column('title');
  const descCol = column('description');
  if (itemCol < 0 || titleCol < 0) {
    return {
      ok: false,
      problems: [
        {
          line: header.line,
          message: `Regel ${header.line}: de kopregel moet de kolommen item en title bevatten (en eventueel description).`,
        },
      ],
    };
  }
  if (rows.length === 0)
    return {
      ok: false,
      problems: [{ line: header.line + 1, message: 'Het bestand bevat geen agendapunten.' }],
    };
  if (rows.length > MAX_AGENDA_ITEMS)
    return {
      ok: false,
      problems: [
        {
          line: rows[MAX_AGENDA_ITEMS]!.line,
          message: `Hoogstens ${MAX_AGENDA_ITEMS} agendapunten per vergadering.`,
        },
      ],
    };
  const items: AgendaRow[] = [];
  const problems: LineProblem[] = [];
  for (const record of rows) {
    if (record.fields.length !== names.length) {
      problems.push({
        line: record.line,
        message: `Regel ${record.line}: ${names.length} kolommen verwacht, ${record.fields.length} gevonden.`,
      });
      continue;
    }
    const checked = checkRow(
      record.line,
      record.fields[itemCol],
      record.fields[titleCol],
      descCol >= 0 ? record.fields[descCol] : undefined,
    );
    problems.push(...checked.problems);
    if (checked.row) items.push(checked.row);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, items };
}

// ── JSON ────────────────────────────────────────────────────────────────────

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * Start offsets of the elements of the agenda array: the root array, or the array
 * under the root object's "items". A small scanner, since JSON.parse keeps no positions.
 */
export function elementOffsets(text: string): number[] {
  const offsets: number[] = [];
  const stack: ('array' | 'object')[] = [];
  // Depth of the agenda array on the stack, once found.
  let target: number | null = null;
  const inTarget = () => target !== null && stack.length - 1 === target;
  let lastKey = '';
  let expectingValue = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const start = i;
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      const value = text.slice(start + 1, i);
      if (stack.at(-1) === 'object' && !expectingValue) lastKey = value;
      else if (inTarget() && expectingValue) offsets.push(start);
      expectingValue = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (c === ':') {
      expectingValue = true;
      continue;
    }
    if (c === ',') {
      expectingValue = stack.at(-1) === 'array';
      continue;
    }
    if (c === '{' || c === '[') {
      if (inTarget() && expectingValue) offsets.push(i);
      const isTarget =
        c === '[' &&
        (stack.length === 0 ||
          (stack.length === 1 && stack[0] === 'object' && lastKey === 'items'));
      stack.push(c === '{' ? 'object' : 'array');
      if (isTarget) target = stack.length - 1;
      expectingValue = c === '[';
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      expectingValue = false;
      continue;
    }
    // A bare literal (number, true, false, null).
    if (inTarget() && expectingValue) offsets.push(i);
    while (i + 1 < text.length && /[^\s,\]}]/.test(text[i + 1]!)) i++;
    expectingValue = false;
  }
  return offsets;
}

/** Where JSON.parse stopped, as a line number (V8 says "position N" or "line L column C"). */
function syntaxLine(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const lineMatch = /line (\d+)/.exec(message);
  if (lineMatch) return Number(lineMatch[1]);
  const position = /position (\d+)/.exec(message);
  return position ? lineAt(text, Number(position[1])) : 1;
}

export function parseAgendaJson(input: string): AgendaParse {
  const text = input.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const line = syntaxLine(text, error);
    return { ok: false, problems: [{ line, message: `Regel ${line}: dit is geen geldige JSON.` }] };
  }
  const list = Array.isArray(data) ? data : (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(list)) {
    return {
      ok: false,
      problems: [
        { line: 1, message: 'Regel 1: verwacht een lijst van agendapunten, of {"items": [...]}.' },
      ],
    };
  }
  if (list.length === 0)
    return { ok: false, problems: [{ line: 1, message: 'Het bestand bevat geen agendapunten.' }] };
  const offsets = elementOffsets(text);
  if (list.length > MAX_AGENDA_ITEMS)
    return {
      ok: false,
      problems: [
        {
          line: lineAt(text, offsets[MAX_AGENDA_ITEMS] ?? 0),
          message: `Hoogstens ${MAX_AGENDA_ITEMS} agendapunten per vergadering.`,
        },
      ],
    };
  const items: AgendaRow[] = [];
  const problems: LineProblem[] = [];
  list.forEach((entry, index) => {
    const line = lineAt(text, offsets[index] ?? 0);
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push({
        line,
        message: `Regel ${line}: een agendapunt moet een object zijn met item en title.`,
      });
      return;
    }
    const e = entry as Record<string, unknown>;
    const checked = checkRow(line, e.item, e.title, e.description);
    problems.push(...checked.problems);
    if (checked.row) items.push(checked.row);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, items };
}

export function parseAgenda(content: string, format: 'csv' | 'json'): AgendaParse {
  return format === 'csv' ? parseAgendaCsv(content) : parseAgendaJson(content);
}
