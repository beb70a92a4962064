import { IMPORT_PROGRESS_EVERY_ROWS, MAX_REPORTED_ERRORS } from '../monitor.constants';
import type { Gender } from '../monitor.tables';
import { parseGender } from '../monitor.vocabulary';
import { parseNumber } from './csv';
import { ImportError, type ImportIssue, locate } from './import-issue';
import { labelOf, type MicrodataTable } from './microdata';

/** Which columns of a microdata file mean what. */
export interface MicrodataMapping {
  stratumColumn: string;
  /** Absent: the .sav file's declared weight variable, else "weight"/"gewicht". */
  weightColumn?: string | null;
  genderColumn?: string | null;
  /** Indicator key -> column; absent: columns named like an indicator key. */
  indicatorColumns?: Record<string, string> | null;
}

/** The mapping resolved to column positions. */
export interface ResolvedMapping {
  stratum: { name: string; index: number };
  weight: { name: string; index: number };
  gender: { name: string; index: number } | null;
  indicators: { key: string; name: string; index: number }[];
  notes: string[];
}

/** What the wave offers to map onto. */
export interface MappingContext {
  /** Stratum code (lower case) -> stratum id. */
  strata: Map<string, string>;
  indicatorKeys: readonly string[];
  /** Responses the wave already holds per stratum id (a stratum needs two respondents in all). */
  existingPerStratum: Map<string, number>;
}

/** One respondent ready to be stored. */
export interface MappedResponse {
  stratumId: string;
  weight: number;
  gender: Gender | null;
  indicatorValues: Record<string, number>;
}

const WEIGHT_NAMES = ['weight', 'gewicht', 'weegfactor'];

function find(table: MicrodataTable, name: string): number {
  const wanted = name.trim().toLowerCase();
  return table.columns.findIndex((c) => c.trim().toLowerCase() === wanted);
}

function missingColumn(table: MicrodataTable, name: string, what: string, fix: string): string {
  const found = table.columns.slice(0, 12).join(', ') + (table.columns.length > 12 ? ', …' : '');
  return `De kolom "${name}" (${what}) ontbreekt in het bestand; gevonden kolommen: ${found}. ${fix}`;
}

/**
 * Check the mapping against the file's columns before any row is read. Throws
 * an ImportError whose issues carry the request field in `column` position
 * (body.weightColumn, body.stratumColumn, …) so the route can name it.
 */
export function resolveMapping(
  table: MicrodataTable,
  mapping: MicrodataMapping,
  indicatorKeys: readonly string[],
): ResolvedMapping {
  const problems: { field: string; message: string }[] = [];
  const notes: string[] = [];

  const stratumIndex = find(table, mapping.stratumColumn);
  if (stratumIndex < 0) {
    problems.push({
      field: 'body.stratumColumn',
      message: missingColumn(
        table,
        mapping.stratumColumn,
        'stratum',
        'Voeg een kolom toe met de stratumcode uit het steekproefkader, of geef de juiste kolomnaam op.',
      ),
    });
  }
  const weightName =
    mapping.weightColumn ??
    table.declaredWeight ??
    table.columns.find((c) => WEIGHT_NAMES.includes(c.toLowerCase())) ??
    'weight';
  const weightIndex = find(table, weightName);
  if (weightIndex < 0) {
    problems.push({
      field: 'body.weightColumn',
      message: missingColumn(
        table,
        weightName,
        'gewicht',
        'Voeg een kolom toe met voor elke respondent een gewicht groter dan 0 (1 als er niet gewogen is), of geef de juiste kolomnaam op.',
      ),
    });
  }
  let gender: ResolvedMapping['gender'] = null;
  if (mapping.genderColumn) {
    const index = find(table, mapping.genderColumn);
    if (index < 0) {
      problems.push({
        field: 'body.genderColumn',
        message: missingColumn(
          table,
          mapping.genderColumn,
          'geslacht',
          'Laat het veld leeg als het bestand geen geslacht bevat.',
        ),
      });
    } else gender = { name: table.columns[index]!, index };
  }

  const indicators: ResolvedMapping['indicators'] = [];
  if (mapping.indicatorColumns && Object.keys(mapping.indicatorColumns).length > 0) {
    for (const [key, column] of Object.entries(mapping.indicatorColumns)) {
      const field = `body.indicatorColumns.${key}`;
      if (!indicatorKeys.includes(key)) {
        problems.push({
          field,
          message: `De indicator "${key}" bestaat niet in deze meting; kies uit: ${indicatorKeys.join(', ')}.`,
        });
        continue;
      }
      const index = find(table, column);
      if (index < 0) {
        problems.push({
          field,
          message: missingColumn(table, column, `indicator ${key}`, 'Geef de juiste kolomnaam op.'),
        });
      } else indicators.push({ key, name: table.columns[index]!, index });
    }
  } else {
    for (const key of indicatorKeys) {
      const index = find(table, key);
      if (index >= 0) indicators.push({ key, name: table.columns[index]!, index });
    }
    if (indicators.length === 0 && problems.length === 0) {
      problems.push({
        field: 'body.indicatorColumns',
        message:
          'Geen enkele kolom is aan een indicator gekoppeld. Noem de kolommen naar de indicatorcodes ' +
          `(${indicatorKeys.join(', ')}) of geef een koppeling op.`,
      });
    }
  }
  if (problems.length > 0) {
    throw new ImportError(
      problems.map((p) => ({ line: null, column: p.field, message: p.message })),
    );
  }
  const used = new Set([
    stratumIndex,
    weightIndex,
    gender?.index,
    ...indicators.map((i) => i.index),
  ]);
  const ignored = table.columns.filter((_, i) => !used.has(i));
  if (ignored.length > 0) notes.push(`Niet gebruikte kolommen: ${ignored.join(', ')}.`);
  notes.push(
    `Gekoppeld: stratum = ${table.columns[stratumIndex]}, gewicht = ${table.columns[weightIndex]}` +
      (gender ? `, geslacht = ${gender.name}` : '') +
      `, indicatoren = ${indicators.map((i) => (i.key === i.name ? i.key : `${i.key} (${i.name})`)).join(', ')}.`,
  );
  return {
    stratum: { name: table.columns[stratumIndex]!, index: stratumIndex },
    weight: { name: table.columns[weightIndex]!, index: weightIndex },
    gender,
    indicators,
    notes,
  };
}

/** Collects row issues up to the reporting limit and counts the rest. */
class Issues {
  list: ImportIssue[] = [];
  more = 0;
  constructor(private readonly unit: 'Regel' | 'Case') {}
  add(line: number, column: string, what: string): void {
    if (this.list.length >= MAX_REPORTED_ERRORS) {
      this.more++;
      return;
    }
    this.list.push({ line, column, message: `${locate(line, column, this.unit)}: ${what}` });
  }
}

function asNumber(value: string | number): number {
  return typeof value === 'number' ? value : (parseNumber(value) ?? Number.NaN);
}

/**
 * Check every row and turn it into a response. Collects all problems (up to
 * MAX_REPORTED_ERRORS) and throws them together, so a user fixes a file once,
 * not error by error. Reports progress every IMPORT_PROGRESS_EVERY_ROWS rows.
 */
export async function mapRows(
  table: MicrodataTable,
  mapping: ResolvedMapping,
  context: MappingContext,
  onProgress: (processed: number) => Promise<void> = async () => {},
): Promise<MappedResponse[]> {
  const issues = new Issues(table.rowUnit);
  const out: MappedResponse[] = [];
  const firstLineOf = new Map<string, { line: number; count: number }>();
  let processed = 0;
  for (const row of table.rows) {
    const stratumRaw = row.values[mapping.stratum.index] ?? null;
    const weightRaw = row.values[mapping.weight.index] ?? null;
    let ok = true;

    let stratumId: string | undefined;
    if (stratumRaw === null) {
      issues.add(
        row.line,
        mapping.stratum.name,
        'de stratumcode ontbreekt. Vul de code uit het steekproefkader in.',
      );
      ok = false;
    } else {
      const code = labelOf(table, mapping.stratum.name, stratumRaw).trim().toLowerCase();
      stratumId = context.strata.get(code);
      if (!stratumId) {
        issues.add(
          row.line,
          mapping.stratum.name,
          `stratum "${code}" staat niet in het steekproefkader van deze meting. Voeg het toe aan het kader of corrigeer de code.`,
        );
        ok = false;
      }
    }

    let weight = Number.NaN;
    if (weightRaw === null) {
      issues.add(
        row.line,
        mapping.weight.name,
        'het gewicht ontbreekt. Geef elke respondent een gewicht groter dan 0.',
      );
      ok = false;
    } else {
      weight = asNumber(weightRaw);
      if (Number.isNaN(weight)) {
        issues.add(
          row.line,
          mapping.weight.name,
          `"${weightRaw}" is geen getal. Een gewicht is een getal groter dan 0, zoals 1,25.`,
        );
        ok = false;
      } else if (!(weight > 0) || !Number.isFinite(weight)) {
        issues.add(
          row.line,
          mapping.weight.name,
          `het gewicht ${weightRaw} is niet groter dan 0. Corrigeer het gewicht of verwijder de respondent uit het bestand.`,
        );
        ok = false;
      }
    }

    let gender: Gender | null = null;
    if (mapping.gender) {
      const raw = row.values[mapping.gender.index] ?? null;
      if (raw !== null) {
        gender = parseGender(labelOf(table, mapping.gender.name, raw));
        if (!gender) {
          issues.add(
            row.line,
            mapping.gender.name,
            `geslacht "${labelOf(table, mapping.gender.name, raw)}" is onbekend. Gebruik man, vrouw of anders, of laat het leeg.`,
          );
          ok = false;
        }
      }
    }

    const indicatorValues: Record<string, number> = {};
    for (const ind of mapping.indicators) {
      const raw = row.values[ind.index] ?? null;
      if (raw === null) continue;
      const value = asNumber(raw);
      if (value !== 0 && value !== 1) {
        issues.add(
          row.line,
          ind.name,
          `de waarde "${raw}" is geen 0 of 1. Een indicatorkolom bevat 1 (telt mee), 0 (telt niet mee) of is leeg (niet beantwoord).`,
        );
        ok = false;
      } else indicatorValues[ind.key] = value;
    }

    if (stratumId) {
      // Counted even when another field of the row is wrong: once fixed, it counts.
      const seen = firstLineOf.get(stratumId);
      if (seen) seen.count++;
      else firstLineOf.set(stratumId, { line: row.line, count: 1 });
      if (ok) out.push({ stratumId, weight, gender, indicatorValues });
    }
    processed++;
    if (processed % IMPORT_PROGRESS_EVERY_ROWS === 0) await onProgress(processed);
  }

  for (const [stratumId, { line, count }] of firstLineOf) {
    if (count + (context.existingPerStratum.get(stratumId) ?? 0) === 1) {
      const code = [...context.strata].find(([, id]) => id === stratumId)?.[0] ?? '';
      issues.add(
        line,
        mapping.stratum.name,
        `stratum "${code}" heeft maar één respondent. Met één respondent is de variantie in dit stratum niet te schatten; ` +
          'voeg het stratum samen met een verwant stratum (in het kader en in dit bestand) of lever meer respondenten aan.',
      );
    }
  }
  if (table.rows.length === 0) {
    issues.list.push({
      line: null,
      column: null,
      message: 'Het bestand bevat geen respondenten, alleen een kopregel.',
    });
  }
  if (issues.list.length > 0) throw new ImportError(issues.list, issues.more);
  await onProgress(processed);
  return out;
}
