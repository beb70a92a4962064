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
import { type LonelyPsuPolicy, type PreparedDesign, StatsInputError } from '../design';
import {
  estimateMeans,
  estimateProportions,
  estimateQuantiles,
  estimateRatios,
  estimateTotals,
  type Groups,
} from '../estimate';
import { type AnyDesign, jackknifeDesign, replicateDesign } from '../replicate-design';
import { parseTotals, TotalsFileError, type TotalsVariable } from './calibration-totals';
import {
  type EstimateCommandOptions,
  parseArguments,
  USAGE,
  UsageError,
} from './estimate-arguments';
import {
  type ColumnLayout,
  columnKinds,
  readWithHints,
  resolveColumns,
  roleHint,
  validateDesignColumns,
} from './estimate-columns';
import { buildDesign } from './estimate-design';
import { ALL_GROUP, outputHeader, outputRow, sortedLevels, statisticRow } from './estimate-output';
import { CsvError } from './read-csv';

export { ALL_GROUP, OUTPUT_COLUMNS } from './estimate-output';

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

/** At most this many lonely strata are named in the warning. */
const MAX_NAMED_STRATA = 10;

/**
 * Run the command with argv = everything after `stats estimate`. Returns the
 * exit code: 0 on success, 2 for bad input or usage (message on stderr), 1 otherwise.
 */
export async function runStatsEstimate(
  argv: string[],
  io: CommandIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  let options: EstimateCommandOptions | 'help';
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
  let totalsBytes: Uint8Array | undefined;
  if (options.calibrate !== undefined) {
    try {
      totalsBytes = await readFile(options.calibrate);
    } catch (error) {
      io.stderr.write(
        `weerbaar stats estimate: cannot read the totals file ${options.calibrate}: ${(error as Error).message}\n`,
      );
      return EXIT_BAD_INPUT;
    }
  }
  try {
    const totals = totalsBytes ? parseTotals(totalsBytes, options.calibrateMethod) : undefined;
    io.stdout.write(
      estimateFromCsv(bytes, options, totals, (warning) =>
        io.stderr.write(`${file}: warning: ${warning}\n`),
      ),
    );
    return EXIT_OK;
  } catch (error) {
    if (error instanceof TotalsFileError) {
      io.stderr.write(`${options.calibrate}: ${error.describe()}\n`);
      return EXIT_BAD_INPUT;
    }
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
  options: EstimateCommandOptions,
  totals: readonly TotalsVariable[] | undefined,
  warn: (message: string) => void,
): string {
  let layout: ColumnLayout | undefined;
  const table = readWithHints(bytes, (header) => {
    layout = resolveColumns(header, options, totals);
    return columnKinds(header, layout);
  });
  const cols = layout!;
  for (const c of cols.unnamed) warn(`column ${c + 1} has no name in the header and is ignored`);
  const population = validateDesignColumns(table, cols);
  const weights = table.numbers.get(cols.weight)!;
  let design: AnyDesign;
  if (cols.strata < 0) {
    design = replicateDesign({
      weights,
      replicates: cols.replicates.map((c) => table.numbers.get(c)!),
      type: options.replicateType as 'JK1' | 'bootstrap' | 'BRR' | 'Fay',
      scale: options.replicateScale,
      rho: options.replicateRho,
    });
  } else {
    const prepared = stratifiedDesign(table, cols, population, options, totals, warn);
    design =
      options.replicateType === 'JK1' || options.replicateType === 'JKn'
        ? jackknifeDesign(prepared, options.replicateType)
        : prepared;
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

  const out: string[] = [outputHeader(options.statistic, options.deff)];
  const denominator = cols.denominator >= 0 ? table.numbers.get(cols.denominator)! : undefined;
  for (const c of cols.indicators) {
    const name = table.header[c]!;
    const y = table.numbers.get(c)!;
    try {
      out.push(...estimateLines(design, y, denominator, groups, options, name, levels, order));
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
  }
  return `${out.join('\n')}\n`;
}

/**
 * The design of --strata/--fpc/--cluster/--lonely/--calibrate, warning about
 * (or, with fail, refusing) lonely strata.
 */
function stratifiedDesign(
  table: ReturnType<typeof readWithHints>,
  cols: ColumnLayout,
  population: Float64Array | undefined,
  options: EstimateCommandOptions,
  totals: readonly TotalsVariable[] | undefined,
  warn: (message: string) => void,
): PreparedDesign {
  const strata = table.categories.get(cols.strata)!;
  // 'fail' is checked here rather than in prepareDesign so the message can name the strata.
  const policy = options.lonely === 'fail' ? 'certainty' : options.lonely;
  const design = buildDesign(table, cols, options, population, policy, totals);
  if (design.lonelyStrata.length > 0) {
    const unit = design.stages ? 'PSU' : 'respondent';
    const message = lonelyMessage(strata, options.lonely, design.lonelyStrata, unit);
    if (options.lonely === 'fail')
      throw new CsvError(message, strata.firstLine[design.lonelyStrata[0]!]);
    warn(message);
  }
  return design;
}

/** The output lines of one column: overall, then each group in sorted order. */
function estimateLines(
  design: AnyDesign,
  y: Float64Array,
  denominator: Float64Array | undefined,
  groups: Groups | undefined,
  options: EstimateCommandOptions,
  name: string,
  levels: string[],
  order: number[],
): string[] {
  const { level, deff } = options;
  const lines: string[] = [];
  const each = <T>(estimates: T[], line: (group: string, e: T) => void): void => {
    line(ALL_GROUP, estimates[0]!);
    for (const g of order) line(levels[g]!, estimates[1 + g]!);
  };
  switch (options.statistic) {
    case 'proportion':
      each(
        estimateProportions(design, y, groups, { level, method: options.method, deff }),
        (g, e) => lines.push(outputRow(name, g, e, deff)),
      );
      break;
    case 'mean':
      each(estimateMeans(design, y, groups, { level, deff }), (g, e) =>
        lines.push(statisticRow(name, g, { ...e, estimate: e.mean }, deff)),
      );
      break;
    case 'total':
      each(estimateTotals(design, y, groups, { level, deff }), (g, e) =>
        lines.push(statisticRow(name, g, e, deff)),
      );
      break;
    case 'ratio':
      each(estimateRatios(design, y, denominator!, groups, { level }), (g, e) =>
        lines.push(statisticRow(name, g, e)),
      );
      break;
    case 'quantile':
      each(estimateQuantiles(design, y, options.quantiles, groups, { level }), (g, list) => {
        for (const e of list) lines.push(statisticRow(name, g, e));
      });
      break;
  }
  return lines;
}

/** The warning (or, with --lonely fail, the error) about strata with a single respondent. */
function lonelyMessage(
  strata: { levels: string[]; firstLine: number[] },
  policy: LonelyPsuPolicy,
  lonely?: readonly number[],
  unit = 'respondent',
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
        `${list.length} stratum/strata have a single ${unit}${which}. Their variance is centred at the ` +
        'overall estimate (--lonely adjust, conservative); merge them with a similar stratum if you can'
      );
    case 'certainty':
      return (
        `${list.length} stratum/strata have a single ${unit}${which}. They add no variance ` +
        '(--lonely certainty), which understates the standard error unless they truly are certainty units'
      );
    case 'fail':
      return (
        `${list.length} stratum/strata have a single ${unit}${which}, so their variance cannot be ` +
        'estimated (--lonely fail); merge each with a similar stratum, or pass --lonely adjust'
      );
  }
}
