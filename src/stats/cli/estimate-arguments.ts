/** The command line of `weerbaar stats estimate`: its help text and options. */
import type { CalibrationMethod } from '../calibration';
import { CI_METHODS, type CiMethod, DEFAULT_LEVEL } from '../ci';
import { DEFAULT_LONELY_PSU_POLICY, type LonelyPsuPolicy } from '../design';
import { OUTPUT_COLUMNS } from './estimate-output';

const LONELY_POLICIES: readonly LonelyPsuPolicy[] = ['adjust', 'certainty', 'fail'];
const CALIBRATION_METHODS: readonly CalibrationMethod[] = ['poststratify', 'rake', 'linear'];

export const USAGE = `usage: weerbaar stats estimate FILE.csv [options]

Weighted proportions with standard errors and confidence intervals for a
stratified sample (each row its own unit, or clusters in one or more stages),
optionally calibrated to population totals, overall and per group. Every
column other than the weight, stratum, fpc, cluster, --by and calibration
columns must be a 0/1 indicator; an empty cell (or NA) means the question was
not answered.

options:
  --weight COL     weight column (default: weight); weights must be > 0
  --strata COL     stratum column (default: stratum)
  --fpc COL[,COL2] population size of each row's stratum (finite population
                   correction); values all <= 1 are read as sampling fractions.
                   With --cluster one column per stage: the number of PSUs in
                   the stratum, of SSUs in the PSU, ...
  --cluster PSU[,SSU]  cluster id per stage, nested in the stratum (and PSU)
  --calibrate FILE population totals (CSV variable,level,total; an empty level
                   is a numeric variable's total); standard errors then use the
                   calibration residuals
  --calibrate-method M  poststratify, rake (default) or linear
  --by COL         breakdown column: estimates per group as well as overall
  --indicators A,B only these indicator columns, in this order (default: all
                   other columns); the remaining columns are not read
  --level X        confidence level (default: 0.95)
  --method M       interval: logit (default), beta, mean, xlogit, wilson
  --lonely P       stratum with one respondent (with --cluster: one PSU):
                   adjust (default), certainty, fail
  --help           show this text

Output: CSV with columns ${OUTPUT_COLUMNS.join(',')}.
See docs/adr/0004-statistics-edge-cases.md for p = 0 or 1, lonely strata and small domains.
`;

/** The options of one run, with defaults filled in. */
export interface EstimateCommandOptions {
  file: string;
  weight: string;
  strata: string;
  fpc?: string[];
  cluster?: string[];
  calibrate?: string;
  calibrateMethod: CalibrationMethod;
  by?: string;
  indicators?: string[];
  level: number;
  method: CiMethod;
  lonely: LonelyPsuPolicy;
}

/** A mistake on the command line; the help text is shown with it. */
export class UsageError extends Error {}

/** The options in argv (everything after `stats estimate`), or 'help'; throws UsageError. */
export function parseArguments(argv: readonly string[]): EstimateCommandOptions | 'help' {
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
    'cluster',
    'calibrate',
    'calibrate-method',
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
  if (values.has('calibrate') && values.has('replicates')) {
    throw new UsageError(
      '--calibrate does not combine with --replicates; calibrate the replicate weights before',
    );
  }
  const calibrateMethod = (values.get('calibrate-method') ?? 'rake') as CalibrationMethod;
  if (!CALIBRATION_METHODS.includes(calibrateMethod)) {
    throw new UsageError(
      `--calibrate-method ${calibrateMethod} is not one of ${CALIBRATION_METHODS.join(', ')}`,
    );
  }
  const list = (name: string): string[] | undefined =>
    values
      .get(name)
      ?.split(',')
      .map((column) => column.trim());
  const cluster = list('cluster');
  const fpc = list('fpc');
  if (cluster && fpc && fpc.length !== cluster.length) {
    throw new UsageError(
      `--fpc names ${fpc.length} column(s) but --cluster ${cluster.length}; give one fpc column per stage`,
    );
  }
  if (!cluster && fpc && fpc.length > 1) {
    throw new UsageError('--fpc takes one column per stage; name the stages with --cluster');
  }
  return {
    file: files[0]!,
    weight: values.get('weight') ?? 'weight',
    strata: values.get('strata') ?? 'stratum',
    fpc,
    cluster,
    calibrate: values.get('calibrate'),
    calibrateMethod,
    by: values.get('by'),
    indicators: list('indicators'),
    level,
    method,
    lonely,
  };
}
