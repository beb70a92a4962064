/**
 * The totals file of `--calibrate`: CSV `variable,level,total`, one line per
 * level of a categorical variable, or one line with an empty level for a
 * numeric variable's population total. Every problem names the file line.
 */
import type { CalibrationMethod, CalibrationVariable } from '../calibration';
import { MARGIN_TOTAL_TOLERANCE } from '../weighting';
import { CsvError, type CsvTable, readCsv } from './read-csv';

/** One variable of the totals file. */
export interface TotalsVariable {
  name: string;
  numeric: boolean;
  /** Levels in file order (categorical), with their totals and file lines. */
  levels: string[];
  totals: number[];
  lines: number[];
}

/** Error in the totals file: a CsvError whose describe() starts with the file name. */
export class TotalsFileError extends CsvError {}

/** Parse and check the totals file's bytes for a calibration method. */
export function parseTotals(bytes: Uint8Array, method: CalibrationMethod): TotalsVariable[] {
  let table: CsvTable;
  try {
    table = readCsv(bytes, (header) => {
      const want = ['variable', 'level', 'total'];
      if (header.length !== 3 || header.some((h, k) => h !== want[k])) {
        throw new CsvError(
          `the header must be exactly variable,level,total; it is ${header.join(',')}`,
          1,
        );
      }
      return ['category', 'category', 'number'];
    });
  } catch (error) {
    if (error instanceof CsvError)
      throw new TotalsFileError(error.message, error.line, error.column, error.columnNumber);
    throw error;
  }
  const variable = table.categories.get(0)!;
  const level = table.categories.get(1)!;
  const total = table.numbers.get(2)!;
  const byName = new Map<string, TotalsVariable>();
  const COLUMN_NUMBERS: Record<string, number> = { variable: 1, level: 2, total: 3 };
  const fail = (row: number, message: string, column?: string): never => {
    throw new TotalsFileError(
      message,
      table.lines[row],
      column,
      column ? COLUMN_NUMBERS[column] : undefined,
    );
  };
  for (let i = 0; i < table.rows; i++) {
    if (variable.codes[i]! < 0) fail(i, 'the variable is empty', 'variable');
    const name = variable.levels[variable.codes[i]!]!;
    const lv = level.codes[i]! < 0 ? '' : level.levels[level.codes[i]!]!;
    const t = total[i]!;
    const label = lv === '' ? name : `${name} "${lv}"`;
    if (!Number.isFinite(t)) fail(i, `the total of ${label} is not a finite number`, 'total');
    let v = byName.get(name);
    if (!v) {
      v = { name, numeric: lv === '', levels: [], totals: [], lines: [] };
      byName.set(name, v);
    } else if (v.numeric || lv === '') {
      fail(
        i,
        `${name} is listed again; a numeric variable has one line with an empty level`,
        'level',
      );
    }
    if (v.levels.includes(lv)) fail(i, `level "${lv}" of ${name} is listed twice`, 'level');
    if (!v.numeric && !(t > 0))
      fail(i, `the total ${t} of ${name} "${lv}" is not above 0`, 'total');
    v.levels.push(lv);
    v.totals.push(t);
    v.lines.push(table.lines[i]!);
  }
  const variables = [...byName.values()];
  if (variables.length === 0) throw new TotalsFileError('the totals file lists no variable', 2);
  const firstLine = (v: TotalsVariable): number => v.lines[0]!;
  if (method === 'poststratify' && (variables.length !== 1 || variables[0]!.numeric)) {
    throw new TotalsFileError(
      'poststratify takes one categorical variable; cross-classify the cells into one column',
      firstLine(variables[variables.length > 1 ? 1 : 0]!),
    );
  }
  const firstCategorical = variables.find((v) => !v.numeric);
  if (!firstCategorical)
    throw new TotalsFileError(
      'the totals file needs a categorical variable for the population size',
      2,
    );
  for (const v of variables) {
    if (v.numeric && method !== 'linear') {
      throw new TotalsFileError(
        `${v.name} is numeric (empty level); only --calibrate-method linear takes numeric totals`,
        firstLine(v),
      );
    }
  }
  const size = firstCategorical.totals.reduce((a, b) => a + b, 0);
  for (const v of variables) {
    if (v.numeric) continue;
    const sum = v.totals.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - size) > MARGIN_TOTAL_TOLERANCE * size) {
      throw new TotalsFileError(
        `the levels of ${v.name} add up to ${sum} but those of ${firstCategorical.name} to ${size}; ` +
          'every margin must describe the same population',
        firstLine(v),
      );
    }
  }
  return variables;
}

/**
 * The library's calibration variables from the data columns. Throws CsvError
 * (data file) for a row whose level has no total, TotalsFileError for a level
 * with a total but no sample row.
 */
export function calibrationVariables(
  variables: readonly TotalsVariable[],
  table: CsvTable,
  columns: readonly number[],
): CalibrationVariable[] {
  return variables.map((v, k) => {
    const c = columns[k]!;
    const name = table.header[c]!;
    if (v.numeric) {
      const values = table.numbers.get(c)!;
      for (let i = 0; i < table.rows; i++) {
        if (!Number.isFinite(values[i]!)) {
          throw new CsvError(
            `${name} is not a finite number in row ${i + 1}; linear calibration needs it for every respondent`,
            table.lines[i],
            name,
            c + 1,
          );
        }
      }
      return { name, values, total: v.totals[0]! };
    }
    const data = table.categories.get(c)!;
    const toLevel = data.levels.map((l) => v.levels.indexOf(l));
    const categories = new Int32Array(table.rows);
    const seen = new Uint8Array(v.levels.length);
    for (let i = 0; i < table.rows; i++) {
      const code = data.codes[i]!;
      const level = code < 0 ? -1 : toLevel[code]!;
      if (level < 0) {
        const what =
          code < 0 ? 'is empty' : `"${data.levels[code]}" has no total in the totals file`;
        throw new CsvError(
          `${name} ${what} (row ${i + 1}); every level in the data needs a population total`,
          table.lines[i],
          name,
          c + 1,
        );
      }
      categories[i] = level;
      seen[level] = 1;
    }
    const missing = seen.indexOf(0);
    if (missing >= 0) {
      throw new TotalsFileError(
        `${name} "${v.levels[missing]}" has a total but no respondent in the data; merge it with a similar level`,
        v.lines[missing],
      );
    }
    return { name, categories, totals: Float64Array.from(v.totals) };
  });
}
