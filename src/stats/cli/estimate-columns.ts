/**
 * The columns of the input file for `weerbaar stats estimate`: which column
 * plays which role, how each is read, and the checks on the design columns,
 * each failure naming the line and column to fix.
 */
import type { EstimateCommandOptions } from './estimate-arguments';
import { type ColumnKind, CsvError, type CsvTable, readCsv } from './read-csv';

/** Column roles resolved against the header. */
export interface ColumnLayout {
  weight: number;
  strata: number;
  /** One column per stage (at most one without clusters). */
  fpc: number[];
  /** Cluster id column per stage. */
  cluster: number[];
  /** Calibration variables' columns, numeric or categorical. */
  calibration: { column: number; numeric: boolean }[];
  by: number;
  indicators: number[];
  unnamed: number[];
  /** Replicate-weight columns in file order (empty without --replicates). */
  replicates: number[];
  /** --denominator column, or -1. */
  denominator: number;
  /** Whether the estimated columns are numbers (every statistic but proportion). */
  numeric: boolean;
}

/** A shell-style glob (* and ?) as an anchored regular expression, as R's glob2rx. */
function globPattern(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/** Each column's role in the header; throws CsvError naming the flag when a column is missing. */
export function resolveColumns(
  header: string[],
  options: EstimateCommandOptions,
  calibration: readonly { name: string; numeric: boolean }[] = [],
): ColumnLayout {
  const find = (name: string, flag: string): number => {
    const at = header.indexOf(name);
    if (at >= 0) return at;
    throw new CsvError(
      `there is no column "${name}" for ${flag}; the header has: ${header.map((h) => `"${h}"`).join(', ')}. ` +
        `Name the right column with ${flag} COLUMN`,
      1,
    );
  };
  const weight = find(options.weight, '--weight');
  const given = options.replicates !== undefined;
  // Given replicate weights carry the design: strata and fpc are not used, but
  // they are still design columns and never indicators.
  const strata = given ? -1 : find(options.strata, '--strata');
  const fpc = given ? [] : (options.fpc ?? []).map((name) => find(name, '--fpc'));
  const unused = given
    ? [header.indexOf(options.strata), ...(options.fpc ?? []).map((name) => header.indexOf(name))]
    : [];
  const cluster = (options.cluster ?? []).map((name) => find(name, '--cluster'));
  const calibrationColumns = calibration.map((v) => ({
    column: find(v.name, '--calibrate (a variable in the totals file)'),
    numeric: v.numeric,
  }));
  const by = options.by === undefined ? -1 : find(options.by, '--by');
  const denominator =
    options.denominator === undefined ? -1 : find(options.denominator, '--denominator');
  const replicates: number[] = [];
  if (given) {
    const pattern = globPattern(options.replicates!);
    header.forEach((name, c) => {
      if (pattern.test(name) && c !== weight) replicates.push(c);
    });
    if (replicates.length === 0) {
      throw new CsvError(
        `no column matches --replicates '${options.replicates}'; the header has: ${header.map((h) => `"${h}"`).join(', ')}`,
        1,
      );
    }
  }
  const design = new Set([
    weight,
    strata,
    by,
    denominator,
    ...fpc,
    ...cluster,
    ...replicates,
    ...unused,
  ]);
  for (const v of calibrationColumns) design.add(v.column);
  const indicators: number[] = [];
  const unnamed: number[] = [];
  if (options.indicators) {
    for (const name of options.indicators) indicators.push(find(name, '--indicators'));
  } else {
    header.forEach((name, c) => {
      if (design.has(c)) return;
      if (name === '') unnamed.push(c);
      else indicators.push(c);
    });
  }
  if (indicators.length === 0) {
    throw new CsvError(
      'there are no indicator columns: every column other than the weight, stratum, fpc and --by columns must be a 0/1 indicator',
      1,
    );
  }
  return {
    weight,
    strata,
    fpc,
    cluster,
    calibration: calibrationColumns,
    by,
    indicators,
    unnamed,
    replicates,
    denominator,
    numeric: options.statistic !== 'proportion',
  };
}

/** How readCsv reads each column: indicators as 0/1, weight and fpc as numbers, the rest skipped. */
export function columnKinds(header: string[], layout: ColumnLayout): ColumnKind[] {
  const kinds: ColumnKind[] = header.map(() => 'skip');
  for (const c of layout.indicators) kinds[c] = layout.numeric ? 'number' : 'indicator';
  for (const c of layout.replicates) kinds[c] = 'number';
  if (layout.denominator >= 0) kinds[layout.denominator] = 'number';
  kinds[layout.weight] = 'number';
  if (layout.strata >= 0) kinds[layout.strata] = 'category';
  for (const c of layout.fpc) kinds[c] = 'number';
  for (const c of layout.cluster) kinds[c] = 'category';
  for (const v of layout.calibration) kinds[v.column] = v.numeric ? 'number' : 'category';
  if (layout.by >= 0) kinds[layout.by] = 'category';
  return kinds;
}

/** Hints for an indicator column that is probably something else. */
export function roleHint(name: string, notBinary = false): string {
  if (/^fpc$/i.test(name))
    return `; if "${name}" is the finite population correction, pass --fpc ${name}`;
  if (/^(group|groep|by)$/i.test(name)) return `; if "${name}" is a breakdown, pass --by ${name}`;
  const replicate = /^(rw|repw|repwt|bs|boot|jk|brr|fay)_?\d+$/i.exec(name);
  if (replicate)
    return `; if "${name}" is a replicate weight, pass --replicates '${replicate[1]}*' --replicate-type TYPE`;
  if (!notBinary) return '';
  return `; if "${name}" is a number to average, pass --statistic mean (or total, ratio, quantile)`;
}

/** readCsv, adding a hint when an indicator column looks like a design column. */
export function readWithHints(bytes: Uint8Array, plan: Parameters<typeof readCsv>[1]): CsvTable {
  try {
    return readCsv(bytes, plan);
  } catch (error) {
    if (
      error instanceof CsvError &&
      error.column !== undefined &&
      /not 0 or 1/.test(error.message)
    ) {
      throw new CsvError(
        `${error.message}${roleHint(error.column, true)}`,
        error.line,
        error.column,
        error.columnNumber,
      );
    }
    throw error;
  }
}

/** What is wrong with a weight in 1-based row `row` that must be positive and finite, if anything. */
function notPositiveFinite(w: number, row: number): string | undefined {
  if (w > 0 && w < Number.POSITIVE_INFINITY) return undefined;
  if (Number.isNaN(w)) return `in row ${row} is empty`;
  return w > 0
    ? `in row ${row} is not a finite number`
    : `${w} in row ${row} is not greater than 0`;
}

/** The weight check for a design without strata (given replicates): positive and finite. */
function checkWeights(table: CsvTable, layout: ColumnLayout): void {
  const weights = table.numbers.get(layout.weight)!;
  for (let i = 0; i < table.rows; i++) {
    const what = notPositiveFinite(weights[i]!, i + 1);
    if (what === undefined) continue;
    throw new CsvError(
      `the weight ${what}; every respondent needs a positive weight (drop the row or fix the weight)`,
      table.lines[i],
      table.header[layout.weight],
      layout.weight + 1,
    );
  }
}

/** Checks the weights, strata and FPC row by row, naming the line of the first problem. */
export function validateDesignColumns(
  table: CsvTable,
  layout: ColumnLayout,
): Float64Array | undefined {
  const weights = table.numbers.get(layout.weight)!;
  const { header, lines } = table;
  for (const c of layout.replicates) {
    const column = table.numbers.get(c)!;
    for (let i = 0; i < table.rows; i++) {
      const what = notPositiveFinite(column[i]!, i + 1);
      if (what === undefined) continue;
      throw new CsvError(
        `the replicate weight ${what}; every replicate weight must be a positive finite number`,
        lines[i],
        header[c],
        c + 1,
      );
    }
  }
  if (layout.strata < 0) {
    checkWeights(table, layout);
    return undefined;
  }
  const strata = table.categories.get(layout.strata)!;
  for (let i = 0; i < table.rows; i++) {
    const w = weights[i]!;
    if (!(w > 0) || !Number.isFinite(w)) {
      const what = Number.isNaN(w)
        ? 'the weight is empty'
        : w > 0
          ? `the weight ${w} is not a finite number (row ${i + 1})`
          : `the weight ${w} is not greater than 0`;
      throw new CsvError(
        `${what}; every respondent needs a positive weight (drop the row or fix the weight)`,
        lines[i],
        header[layout.weight],
        layout.weight + 1,
      );
    }
    if (strata.codes[i]! < 0) {
      throw new CsvError(
        'the stratum is empty; every respondent must belong to a stratum',
        lines[i],
        header[layout.strata],
        layout.strata + 1,
      );
    }
  }
  for (const [stage, c] of layout.cluster.entries()) {
    const ids = table.categories.get(c)!;
    for (let i = 0; i < table.rows; i++) {
      if (ids.codes[i]! < 0) {
        throw new CsvError(
          `the cluster id (stage ${stage + 1}) is empty in row ${i + 1}; every respondent must belong to a cluster`,
          lines[i],
          header[c],
          c + 1,
        );
      }
    }
  }
  if (layout.fpc.length === 0 || layout.cluster.length > 0) return undefined;

  const fpcColumn = layout.fpc[0]!;
  const fpc = table.numbers.get(fpcColumn)!;
  const name = header[fpcColumn];
  const column = fpcColumn + 1;
  const stratumSize = new Int32Array(strata.levels.length);
  for (let i = 0; i < table.rows; i++) stratumSize[strata.codes[i]!]!++;
  let anyAboveOne = -1;
  let anyBelowOne = -1;
  for (let i = 0; i < table.rows; i++) {
    const f = fpc[i]!;
    if (!(f > 0) || !Number.isFinite(f)) {
      const what = Number.isNaN(f)
        ? 'the fpc is empty'
        : f > 0
          ? `the fpc ${f} is not a finite number (row ${i + 1})`
          : `the fpc ${f} is not greater than 0`;
      throw new CsvError(
        `${what}; give the population size of the row's stratum (or a sampling fraction for all rows)`,
        lines[i],
        name,
        column,
      );
    }
    if (f > 1 && anyAboveOne < 0) anyAboveOne = i;
    if (f < 1 && anyBelowOne < 0) anyBelowOne = i;
  }
  if (anyAboveOne >= 0 && anyBelowOne >= 0) {
    throw new CsvError(
      `the fpc mixes population sizes (> 1, e.g. line ${lines[anyAboveOne]}) and sampling fractions ` +
        `(< 1, e.g. line ${lines[anyBelowOne]}); use one or the other for all rows`,
      lines[anyBelowOne],
      name,
      column,
    );
  }
  const fractions = anyAboveOne < 0;
  const population = new Float64Array(table.rows);
  const firstRow = new Int32Array(strata.levels.length).fill(-1);
  for (let i = 0; i < table.rows; i++) {
    const h = strata.codes[i]!;
    // As R's survey: a fraction f means a stratum population of n_h / f.
    const big = fractions ? stratumSize[h]! / fpc[i]! : fpc[i]!;
    population[i] = big;
    const first = firstRow[h]!;
    if (first < 0) {
      firstRow[h] = i;
      if (big < stratumSize[h]!) {
        throw new CsvError(
          `the fpc says stratum "${strata.levels[h]}" has ${big} people but ${stratumSize[h]} rows are sampled ` +
            'from it; the fpc must be the population size of the stratum',
          lines[i],
          name,
          column,
        );
      }
    } else if (fpc[i] !== fpc[first]) {
      throw new CsvError(
        `the fpc ${fpc[i]} differs from ${fpc[first]} on line ${lines[first]} for the same stratum ` +
          `"${strata.levels[h]}"; give every row of a stratum the same population size`,
        lines[i],
        name,
        column,
      );
    }
  }
  return population;
}
