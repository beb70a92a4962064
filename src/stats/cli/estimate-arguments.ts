/** The command line of `weerbaar stats estimate`: its help text and options. */
import type { CalibrationMethod } from '../calibration';
import { CI_METHODS, type CiMethod, DEFAULT_LEVEL } from '../ci';
import { DEFAULT_LONELY_PSU_POLICY, type LonelyPsuPolicy } from '../design';
import { REPLICATE_TYPES, type ReplicateType } from '../replicate-design';
import { OUTPUT_COLUMNS } from './estimate-output';

const LONELY_POLICIES: readonly LonelyPsuPolicy[] = ['adjust', 'certainty', 'fail'];
const CALIBRATION_METHODS: readonly CalibrationMethod[] = ['poststratify', 'rake', 'linear'];

export const USAGE = `usage: weerbaar stats estimate FILE.csv [options]

Weighted proportions (or means, totals, ratios, quantiles) with standard
errors and confidence intervals for a stratified sample (each row its own unit,
or clusters in one or more stages), optionally calibrated to population totals,
or a replicate-weight design, overall and per group. Every column other than the
weight, stratum, fpc, cluster, --by, calibration, replicate and denominator
columns is estimated: a 0/1 indicator for proportions, a number otherwise; an
empty cell (or NA) means the question was not answered.

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
  --method M       interval: logit (default), beta, mean, xlogit, wilson, asin,
                   likelihood
  --lonely P       stratum with one respondent (with --cluster: one PSU):
                   adjust (default), certainty, fail
  --statistic S    proportion (default), mean, total, ratio or quantile; all but
                   proportion read the other columns as numbers
  --denominator C  ratio: each column divided by C (rows that answered both)
  --quantiles P,Q  quantile probabilities (default: 0.5)
  --deff           add the design effect (proportion, mean, total)
  --replicates G   replicate-weight columns (full weights, file order), e.g. 'rw*';
                   --strata, --fpc and --cluster are then not used
  --replicate-type T  with --replicates: JK1, bootstrap, BRR or Fay; without:
                   JK1 (one stratum) or JKn jackknife built from the design
  --replicate-scale X  overrides the JK1 or bootstrap scale
  --replicate-rho X    Fay's rho (required for Fay)
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
  /** What is estimated; 'proportion' keeps the original output. */
  statistic: Statistic;
  denominator?: string;
  quantiles: number[];
  deff: boolean;
  /** Glob over the header for replicate-weight columns. */
  replicates?: string;
  replicateType?: ReplicateType;
  replicateScale?: number;
  replicateRho?: number;
}

/** The statistics the command estimates. */
export type Statistic = 'proportion' | 'mean' | 'total' | 'ratio' | 'quantile';
const STATISTICS: readonly Statistic[] = ['proportion', 'mean', 'total', 'ratio', 'quantile'];

/** Options that take no value. */
const SWITCHES = new Set(['deff']);

/** A positive finite number from an option, or a UsageError naming it. */
function positiveOption(values: Map<string, string>, name: string): number | undefined {
  const text = values.get(name);
  if (text === undefined) return undefined;
  const x = Number(text);
  if (text.trim() === '' || !(x > 0) || !Number.isFinite(x))
    throw new UsageError(`--${name} ${text} must be a positive number`);
  return x;
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
    'statistic',
    'denominator',
    'quantiles',
    'deff',
    'replicates',
    'replicate-type',
    'replicate-scale',
    'replicate-rho',
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
    if (SWITCHES.has(name)) {
      if (eq >= 0) throw new UsageError(`option --${name} takes no value`);
      value = 'true';
    } else if (eq >= 0) value = arg.slice(eq + 1);
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
  const statistic = (values.get('statistic') ?? 'proportion') as Statistic;
  if (!STATISTICS.includes(statistic)) {
    throw new UsageError(`--statistic ${statistic} is not one of ${STATISTICS.join(', ')}`);
  }
  const denominator = values.get('denominator');
  if ((statistic === 'ratio') !== (denominator !== undefined)) {
    throw new UsageError('--statistic ratio and --denominator COL go together');
  }
  const quantileText = values.get('quantiles');
  if (quantileText !== undefined && statistic !== 'quantile')
    throw new UsageError('--quantiles needs --statistic quantile');
  const quantiles = (quantileText ?? '0.5').split(',').map((q) => {
    const p = Number(q);
    if (q.trim() === '' || !(p >= 0 && p <= 1))
      throw new UsageError(
        `--quantiles ${quantileText}: ${q} is not a probability between 0 and 1`,
      );
    return p;
  });
  const deff = values.has('deff');
  if (deff && statistic !== 'proportion' && statistic !== 'mean' && statistic !== 'total')
    throw new UsageError('--deff is available for proportion, mean and total');
  const replicates = values.get('replicates');
  const typeText = values.get('replicate-type');
  const replicateType = typeText as ReplicateType | undefined;
  if (replicateType !== undefined && !REPLICATE_TYPES.includes(replicateType))
    throw new UsageError(
      `--replicate-type ${typeText} is not one of ${REPLICATE_TYPES.join(', ')}`,
    );
  if (replicates !== undefined && replicateType === undefined)
    throw new UsageError('--replicates needs --replicate-type (JK1, bootstrap, BRR or Fay)');
  if (replicates !== undefined && replicateType === 'JKn')
    throw new UsageError(
      'given JKn replicate weights need a scale per replicate; leave out --replicates to build JKn from --strata',
    );
  if (
    replicates === undefined &&
    replicateType !== undefined &&
    replicateType !== 'JK1' &&
    replicateType !== 'JKn'
  )
    throw new UsageError(`--replicate-type ${replicateType} needs --replicates COLUMNS`);
  const replicateScale = positiveOption(values, 'replicate-scale');
  if (replicateScale !== undefined && replicateType !== 'JK1' && replicateType !== 'bootstrap')
    throw new UsageError('--replicate-scale applies to JK1 and bootstrap replicate weights');
  const replicateRho = values.has('replicate-rho')
    ? Number(values.get('replicate-rho'))
    : undefined;
  if (replicateRho !== undefined && !(replicateRho >= 0 && replicateRho < 1))
    throw new UsageError(
      `--replicate-rho ${values.get('replicate-rho')} must be a number in [0, 1)`,
    );
  if ((replicateType === 'Fay') !== (replicateRho !== undefined))
    throw new UsageError('--replicate-type Fay and --replicate-rho go together');
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
  // Replicate weights (given or built as a jackknife of the rows) carry their own
  // design; clusters and calibration would be silently ignored by them.
  if (cluster && (values.has('replicates') || values.has('replicate-type'))) {
    throw new UsageError('--cluster does not combine with --replicates or --replicate-type');
  }
  if (values.has('calibrate') && values.has('replicate-type')) {
    throw new UsageError('--calibrate does not combine with --replicate-type');
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
    statistic,
    denominator,
    quantiles,
    deff,
    replicates,
    replicateType,
    replicateScale,
    replicateRho,
  };
}
