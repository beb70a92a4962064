/**
 * `weerbaar stats estimate FILE.csv --weight weight --strata stratum [--fpc fpc]
 * [--by group] [--level 0.95] [--method logit] [--lonely adjust]`
 *
 * Reads survey microdata in which every column other than the weight, stratum,
 * FPC and breakdown columns is a 0/1 indicator (empty = no answer) and prints,
 * per indicator, the weighted proportion overall and per group with its
 * standard error and confidence interval, in exactly the CSV layout of
 * /work/shared/tools/survey-oracle.R so the two can be diffed.
 */
import { readFile } from 'node:fs/promises';
import { CI_METHODS, type CiMethod, DEFAULT_LEVEL } from '../ci';
import {
  DEFAULT_LONELY_PSU_POLICY,
  type LonelyPsuPolicy,
  prepareDesign,
  StatsInputError,
} from '../design';
import { estimateProportions, type Groups } from '../estimate';
import { formatNumber, quoteString } from './format-number';
import { type ColumnKind, CsvError, type CsvTable, readCsv } from './read-csv';

/** Where the command writes; process.stdout/stderr unless a test captures them. */
export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Exit code for success. */
export const EXIT_OK = 0;
/** Exit code for bad input or usage: the user can fix it. */
export const EXIT_BAD_INPUT = 2;
/** Exit code for an unexpected failure. */
export const EXIT_FAILURE = 1;

/** The oracle's output columns, in order. */
export const OUTPUT_COLUMNS = [
  'indicator',
  'group',
  'n',
  'wsum',
  'p',
  'se',
  'ci_low',
  'ci_high',
  'df',
  'method',
] as const;

/** The label of the overall row. */
export const ALL_GROUP = '(all)';

/** At most this many lonely strata are named in the warning. */
const MAX_NAMED_STRATA = 10;

const LONELY_POLICIES: readonly LonelyPsuPolicy[] = ['adjust', 'certainty', 'fail'];

const USAGE = `usage: weerbaar stats estimate FILE.csv [options]

Weighted proportions with standard errors and confidence intervals for a
one-stage stratified sample (each row its own unit), overall and per group.
Every column other than the weight, stratum, fpc and --by columns must be a
0/1 indicator; an empty cell (or NA) means the question was not answered.

options:
  --weight COL     weight column (default: weight); weights must be > 0
  --strata COL     stratum column (default: stratum)
  --fpc COL        population size of each row's stratum (finite population
                   correction); values all <= 1 are read as sampling fractions
  --by COL         breakdown column: estimates per group as well as overall
  --indicators A,B only these indicator columns, in this order (default: all
                   other columns); the remaining columns are not read
  --level X        confidence level (default: 0.95)
  --method M       interval: logit (default), beta, mean, xlogit, wilson
  --lonely P       stratum with one respondent: adjust (default), certainty, fail
  --help           show this text

Output: CSV with columns ${OUTPUT_COLUMNS.join(',')}.
See docs/adr/0004-statistics-edge-cases.md for p = 0 or 1, lonely strata and small domains.
`;

interface Options {
  file: string;
  weight: string;
  strata: string;
  fpc?: string;
  by?: string;
  indicators?: string[];
  level: number;
  method: CiMethod;
  lonely: LonelyPsuPolicy;
}

class UsageError extends Error {}

function parseArguments(argv: readonly string[]): Options | 'help' {
  const values = new Map<string, string>();
  const files: string[] = [];
  const known = new Set([
    'weight',
    'strata',
    'fpc',
    'by',
    'indicators',
    'level',
    'method',
    'lonely',
  ]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!known.has(name)) throw new UsageError(`unknown option --${name}`);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[++i];
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
    }
    values.set(name, value);
  }
  if (files.length !== 1) {
    throw new UsageError(
      files.length === 0 ? 'no CSV file given' : `one CSV file expected, got ${files.length}`,
    );
  }
  const level = Number(values.get('level') ?? DEFAULT_LEVEL);
  if (!(level > 0 && level < 1)) {
    throw new UsageError(
      `--level ${values.get('level')} must be a number between 0 and 1, e.g. 0.95`,
    );
  }
  const method = (values.get('method') ?? 'logit') as CiMethod;
  if (!CI_METHODS.includes(method)) {
    throw new UsageError(`--method ${method} is not one of ${CI_METHODS.join(', ')}`);
  }
  const lonely = (values.get('lonely') ?? DEFAULT_LONELY_PSU_POLICY) as LonelyPsuPolicy;
  if (!LONELY_POLICIES.includes(lonely)) {
    throw new UsageError(`--lonely ${lonely} is not one of ${LONELY_POLICIES.join(', ')}`);
  }
  return {
    file: files[0]!,
    weight: values.get('weight') ?? 'weight',
    strata: values.get('strata') ?? 'stratum',
    fpc: values.get('fpc'),
    by: values.get('by'),
    indicators: values
      .get('indicators')
      ?.split(',')
      .map((name) => name.trim()),
    level,
    method,
    lonely,
  };
}

/** Column roles resolved against the header. */
interface Layout {
  weight: number;
  strata: number;
  fpc: number;
  by: number;
  indicators: number[];
  unnamed: number[];
}

function resolveColumns(header: string[], options: Options): Layout {
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
  const strata = find(options.strata, '--strata');
  const fpc = options.fpc === undefined ? -1 : find(options.fpc, '--fpc');
  const by = options.by === undefined ? -1 : find(options.by, '--by');
  const indicators: number[] = [];
  const unnamed: number[] = [];
  if (options.indicators) {
    for (const name of options.indicators) indicators.push(find(name, '--indicators'));
  } else {
    header.forEach((name, c) => {
      if (c === weight || c === strata || c === fpc || c === by) return;
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
  return { weight, strata, fpc, by, indicators, unnamed };
}

/** Hints for an indicator column that is probably something else. */
function roleHint(name: string): string {
  if (/^fpc$/i.test(name))
    return `; if "${name}" is the finite population correction, pass --fpc ${name}`;
  if (/^(group|groep|by)$/i.test(name)) return `; if "${name}" is a breakdown, pass --by ${name}`;
  return '';
}

/** readCsv, adding a hint when an indicator column looks like a design column. */
function readWithHints(bytes: Uint8Array, plan: Parameters<typeof readCsv>[1]): CsvTable {
  try {
    return readCsv(bytes, plan);
  } catch (error) {
    if (
      error instanceof CsvError &&
      error.column !== undefined &&
      /not 0 or 1/.test(error.message)
    ) {
      throw new CsvError(
        `${error.message}${roleHint(error.column)}`,
        error.line,
        error.column,
        error.columnNumber,
      );
    }
    throw error;
  }
}

/** Checks the weights, strata and FPC row by row, naming the line of the first problem. */
function validateDesignColumns(table: CsvTable, layout: Layout): Float64Array | undefined {
  const weights = table.numbers.get(layout.weight)!;
  const strata = table.categories.get(layout.strata)!;
  const { header, lines } = table;
  for (let i = 0; i < table.rows; i++) {
    const w = weights[i]!;
    if (!(w > 0)) {
      const what = Number.isNaN(w)
        ? 'the weight is empty'
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
  if (layout.fpc < 0) return undefined;

  const fpc = table.numbers.get(layout.fpc)!;
  const name = header[layout.fpc];
  const column = layout.fpc + 1;
  const stratumSize = new Int32Array(strata.levels.length);
  for (let i = 0; i < table.rows; i++) stratumSize[strata.codes[i]!]!++;
  let anyAboveOne = -1;
  let anyBelowOne = -1;
  for (let i = 0; i < table.rows; i++) {
    const f = fpc[i]!;
    if (!(f > 0)) {
      const what = Number.isNaN(f) ? 'the fpc is empty' : `the fpc ${f} is not greater than 0`;
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

/** Group levels in R's sort() order for a UTF-8 locale (ICU root collation), ties by code point. */
function sortedLevels(levels: readonly string[]): number[] {
  const collator = new Intl.Collator('und');
  return levels
    .map((_, code) => code)
    .sort((a, b) => {
      const byCollation = collator.compare(levels[a]!, levels[b]!);
      if (byCollation !== 0) return byCollation;
      return levels[a]! < levels[b]! ? -1 : levels[a]! > levels[b]! ? 1 : 0;
    });
}

/**
 * Run the command with argv = everything after `stats estimate`. Returns the
 * exit code: 0 on success, 2 for bad input or usage (message on stderr), 1 otherwise.
 */
export async function runStatsEstimate(
  argv: string[],
  io: CommandIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`weerbaar stats estimate: ${error.message}\n\n${USAGE}`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
  if (options === 'help') {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  const file = options.file;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    io.stderr.write(`weerbaar stats estimate: cannot read ${file}: ${why}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    io.stdout.write(
      estimateFromCsv(bytes, options, (warning) =>
        io.stderr.write(`${file}: warning: ${warning}\n`),
      ),
    );
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CsvError) {
      io.stderr.write(`${file}: ${error.describe()}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof StatsInputError) {
      io.stderr.write(`${file}: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr.write(
      `weerbaar stats estimate: unexpected error: ${(error as Error).stack ?? error}\n`,
    );
    return EXIT_FAILURE;
  }
}

/** The whole computation on a file's bytes; returns the output CSV text. */
function estimateFromCsv(
  bytes: Uint8Array,
  options: Options,
  warn: (message: string) => void,
): string {
  let layout: Layout | undefined;
  const table = readWithHints(bytes, (header) => {
    layout = resolveColumns(header, options);
    const kinds: ColumnKind[] = header.map(() => 'skip');
    for (const c of layout.indicators) kinds[c] = 'indicator';
    kinds[layout.weight] = 'number';
    kinds[layout.strata] = 'category';
    if (layout.fpc >= 0) kinds[layout.fpc] = 'number';
    if (layout.by >= 0) kinds[layout.by] = 'category';
    return kinds;
  });
  const cols = layout!;
  for (const c of cols.unnamed) warn(`column ${c + 1} has no name in the header and is ignored`);
  const population = validateDesignColumns(table, cols);
  const strata = table.categories.get(cols.strata)!;

  // 'fail' is checked here rather than in prepareDesign so the message can name the strata.
  const policy = options.lonely === 'fail' ? 'certainty' : options.lonely;
  const design = prepareDesign(
    { weights: table.numbers.get(cols.weight)!, strata: strata.codes, fpc: population },
    policy,
  );
  if (design.lonelyStrata.length > 0) {
    const message = lonelyMessage(strata, options.lonely, design.lonelyStrata);
    if (options.lonely === 'fail')
      throw new CsvError(message, strata.firstLine[design.lonelyStrata[0]!]);
    warn(message);
  }

  let groups: Groups | undefined;
  let order: number[] = [];
  let levels: string[] = [];
  if (cols.by >= 0) {
    const by = table.categories.get(cols.by)!;
    groups = { index: by.codes, count: by.levels.length };
    levels = by.levels;
    order = sortedLevels(levels);
  }

  const out: string[] = [OUTPUT_COLUMNS.map(quoteString).join(',')];
  for (const c of cols.indicators) {
    const name = table.header[c]!;
    const y = table.numbers.get(c)!;
    let estimates: ReturnType<typeof estimateProportions>;
    try {
      estimates = estimateProportions(design, y, groups, {
        level: options.level,
        method: options.method,
      });
    } catch (error) {
      if (error instanceof StatsInputError && error.row !== undefined) {
        throw new CsvError(
          `${error.message}${roleHint(name)}`,
          table.lines[error.row],
          name,
          c + 1,
        );
      }
      throw error;
    }
    const row = (label: string, e: (typeof estimates)[number]): string =>
      [
        quoteString(name),
        quoteString(label),
        formatNumber(e.n),
        formatNumber(e.wsum),
        formatNumber(e.p),
        formatNumber(e.se),
        formatNumber(e.ciLow),
        formatNumber(e.ciHigh),
        formatNumber(e.df),
        quoteString(e.method),
      ].join(',');
    out.push(row(ALL_GROUP, estimates[0]!));
    for (const g of order) out.push(row(levels[g]!, estimates[1 + g]!));
  }
  return `${out.join('\n')}\n`;
}

function lonelyMessage(
  strata: { levels: string[]; firstLine: number[] },
  policy: LonelyPsuPolicy,
  lonely?: readonly number[],
): string {
  const list = lonely ?? [];
  const named = list
    .slice(0, MAX_NAMED_STRATA)
    .map((h) => `"${strata.levels[h]}" (line ${strata.firstLine[h]})`)
    .join(', ');
  const more = list.length > MAX_NAMED_STRATA ? ` and ${list.length - MAX_NAMED_STRATA} more` : '';
  const which = list.length ? `: ${named}${more}` : '';
  switch (policy) {
    case 'adjust':
      return (
        `${list.length} stratum/strata have a single respondent${which}. Their variance is centred at the ` +
        'overall estimate (--lonely adjust, conservative); merge them with a similar stratum if you can'
      );
    case 'certainty':
      return (
        `${list.length} stratum/strata have a single respondent${which}. They add no variance ` +
        '(--lonely certainty), which understates the standard error unless they truly are certainty units'
      );
    case 'fail':
      return (
        `${list.length} stratum/strata have a single respondent${which}, so their variance cannot be ` +
        'estimated (--lonely fail); merge each with a similar stratum, or pass --lonely adjust'
      );
  }
}
