/**
 * A one-stage stratified sample design in which every row is its own primary
 * sampling unit, as `svydesign(ids = ~1, strata = ~stratum, weights = ~weight,
 * fpc = ~fpc)` describes it in R's survey package. Arrays are columnar and typed
 * so a million rows cost a few megabytes and no per-row objects.
 */

/** What to do with a stratum that holds a single row (R's `survey.lonely.psu`). */
export type LonelyPsuPolicy =
  /** Centre the lone row at the domain estimate instead of its stratum mean (conservative); our default. */
  | 'adjust'
  /** Treat the lone row as sampled with certainty: it adds no variance. */
  | 'certainty'
  /** Refuse to estimate, as R does by default. */
  | 'fail';

/** The default lonely-PSU policy; see docs/adr/0004-statistics-edge-cases.md. */
export const DEFAULT_LONELY_PSU_POLICY: LonelyPsuPolicy = 'adjust';

/**
 * R's survey package skips a stratum whose finite population correction
 * 1 - n/N is below this (a census stratum): it contributes no variance.
 */
export const NEGLIGIBLE_FPC = 1e-7;

/** The raw design: one entry per row in each array. */
export interface Design {
  /** Sampling (analysis) weight of each row; finite and > 0. */
  weights: Float64Array;
  /** Stratum of each row as an index 0..stratumCount-1. */
  strata: Int32Array;
  /**
   * Population size of each row's stratum (the same for all rows of a stratum),
   * for the finite population correction; omit for sampling with replacement.
   */
  fpc?: Float64Array;
}

/** A design checked once and summarised per stratum, ready for many estimates. */
export interface PreparedDesign {
  readonly rows: number;
  readonly weights: Float64Array;
  readonly strata: Int32Array;
  /** Number of stratum indices (1 + the largest index used). */
  readonly stratumCount: number;
  /** Rows per stratum in the full design: n_h, which domain estimates keep. */
  readonly stratumSize: Int32Array;
  /**
   * Factor on the stratum's sum of squared centred scores: (1 - n_h/N_h) n_h / (n_h - 1),
   * without the n_h/(n_h - 1) for a lone row, and 0 for a census stratum.
   */
  readonly varianceScale: Float64Array;
  /** Strata that hold exactly one row. */
  readonly lonelyStrata: readonly number[];
  readonly lonelyPsu: LonelyPsuPolicy;
}

/** Error raised when a design or an estimate's input breaks a precondition; names the row. */
export class StatsInputError extends Error {
  override name = 'StatsInputError';
  constructor(
    message: string,
    /** 0-based row the problem was found in, if one. */
    readonly row?: number,
  ) {
    super(message);
  }
}

/**
 * Check a design and summarise it per stratum. Throws StatsInputError for a
 * non-positive weight, a negative stratum index, an FPC smaller than the
 * stratum's sample or varying within it, or (policy 'fail') a stratum of one row.
 */
export function prepareDesign(
  design: Design,
  lonelyPsu: LonelyPsuPolicy = DEFAULT_LONELY_PSU_POLICY,
): PreparedDesign {
  const { weights, strata, fpc } = design;
  const rows = weights.length;
  if (strata.length !== rows) {
    throw new StatsInputError(`strata has ${strata.length} entries but weights has ${rows}`);
  }
  if (fpc && fpc.length !== rows) {
    throw new StatsInputError(`fpc has ${fpc.length} entries but weights has ${rows}`);
  }
  let stratumCount = 0;
  for (let i = 0; i < rows; i++) {
    const w = weights[i]!;
    if (!(w > 0) || w === Number.POSITIVE_INFINITY) {
      throw new StatsInputError(`weight ${w} in row ${i} is not a positive finite number`, i);
    }
    const h = strata[i]!;
    if (h < 0) throw new StatsInputError(`stratum index ${h} in row ${i} is negative`, i);
    if (h >= stratumCount) stratumCount = h + 1;
  }
  const stratumSize = new Int32Array(stratumCount);
  for (let i = 0; i < rows; i++) stratumSize[strata[i]!]!++;

  // Population size per stratum, checked to be constant within the stratum.
  const population = new Float64Array(stratumCount).fill(Number.NaN);
  if (fpc) {
    for (let i = 0; i < rows; i++) {
      const h = strata[i]!;
      const big = fpc[i]!;
      const seen = population[h]!;
      if (Number.isNaN(seen)) {
        if (!(big >= stratumSize[h]!)) {
          throw new StatsInputError(
            `fpc ${big} in row ${i} is smaller than the ${stratumSize[h]} rows sampled in its stratum`,
            i,
          );
        }
        population[h] = big;
      } else if (seen !== big) {
        throw new StatsInputError(
          `fpc ${big} in row ${i} differs from ${seen} given earlier for the same stratum`,
          i,
        );
      }
    }
  }

  const varianceScale = new Float64Array(stratumCount);
  const lonelyStrata: number[] = [];
  for (let h = 0; h < stratumCount; h++) {
    const n = stratumSize[h]!;
    if (n === 0) continue;
    const f = fpc ? (population[h]! - n) / population[h]! : 1;
    if (n === 1) lonelyStrata.push(h);
    if (f < NEGLIGIBLE_FPC) continue;
    varianceScale[h] = n > 1 ? (f * n) / (n - 1) : f;
  }
  if (lonelyPsu === 'fail' && lonelyStrata.length > 0) {
    throw new StatsInputError(
      `${lonelyStrata.length} stratum/strata hold a single row (first: index ${lonelyStrata[0]}); ` +
        'its variance cannot be estimated',
    );
  }
  return {
    rows,
    weights,
    strata,
    stratumCount,
    stratumSize,
    varianceScale,
    lonelyStrata,
    lonelyPsu,
  };
}
