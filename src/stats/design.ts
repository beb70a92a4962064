/**
 * A stratified sample design, as `svydesign(ids = ~PSU + SSU, strata = ~stratum,
 * weights = ~weight, fpc = ~F + F2, nest = TRUE)` describes it in R's survey
 * package; without clusters every row is its own primary sampling unit
 * (`ids = ~1`). Arrays are columnar and typed so a million rows cost a few
 * megabytes and no per-row objects.
 */
import type { CalibrationModel } from './calibration-model';
import { buildStages, lonelyGroups, type Stage } from './design-stages';

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
   * Cluster id per row for each stage (PSU, then SSU, ...); ids are nested:
   * the same id in two strata (or two PSUs) is two clusters. Omit for ids = ~1.
   */
  clusters?: Int32Array[];
  /**
   * Finite population correction. Without clusters: the population size of each
   * row's stratum. With clusters, one array per stage: the population number of
   * PSUs in the stratum, of SSUs in the PSU, ... (the same for all rows of a
   * group). Omit for sampling with replacement.
   */
  fpc?: Float64Array | Float64Array[];
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
  /**
   * Sampling stages of a cluster design; absent when every row is its own PSU
   * (then stratumSize, varianceScale and lonelyStrata count rows).
   */
  readonly stages?: readonly Stage[];
  /** The calibration model of a calibrated design (calibrateDesign); weights are then calibrated. */
  readonly calibration?: CalibrationModel;
}

/** Error raised when a design or an estimate's input breaks a precondition; names the row. */
export class StatsInputError extends Error {
  override name = 'StatsInputError';
  constructor(
    message: string,
    /** 0-based row the problem was found in, if one. */
    readonly row?: number,
    /** The design input at fault: 'weights', 'fpc' or 'clusters', with its 0-based stage. */
    readonly field?: { name: 'weights' | 'fpc' | 'clusters'; stage: number },
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
  const { weights, strata } = design;
  const stageFpc =
    design.fpc === undefined || design.fpc instanceof Float64Array ? undefined : design.fpc;
  const fpc = design.clusters
    ? undefined
    : design.fpc instanceof Float64Array
      ? design.fpc
      : stageFpc?.[0];
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
    if (!(w > 0) || !Number.isFinite(w)) {
      throw new StatsInputError(`weight ${w} in row ${i} is not a positive finite number`, i, {
        name: 'weights',
        stage: 0,
      });
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
      if (!Number.isFinite(big))
        throw new StatsInputError(`fpc ${big} in row ${i} is not a finite number`, i);
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

  if (design.clusters) return prepareClustered(design, stratumCount, lonelyPsu);

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

/** prepareDesign for a design with clusters: the per-stratum fields count PSUs. */
function prepareClustered(
  design: Design,
  stratumCount: number,
  lonelyPsu: LonelyPsuPolicy,
): PreparedDesign {
  const clusters = design.clusters!;
  const fpc =
    design.fpc === undefined
      ? undefined
      : design.fpc instanceof Float64Array
        ? [design.fpc]
        : design.fpc;
  if (clusters.length === 0) throw new StatsInputError('clusters needs at least one stage');
  if (fpc && fpc.length !== clusters.length) {
    throw new StatsInputError(
      `fpc has ${fpc.length} stage(s) but clusters has ${clusters.length}; give one per stage`,
    );
  }
  const stages = buildStages(
    design.strata,
    stratumCount,
    clusters.map((ids, s) => ({ ids, population: fpc?.[s] })),
  );
  const first = stages[0]!;
  const lonelyStrata = lonelyGroups(first);
  if (lonelyPsu === 'fail') {
    const stage = stages.findIndex((st) => lonelyGroups(st).length > 0);
    // Later stages only count with an FPC above them, as in R's multistage.
    if (stage === 0 || (stage > 0 && fpc)) {
      throw new StatsInputError(
        `a group at stage ${stage + 1} holds a single sampled unit; its variance cannot be estimated`,
      );
    }
  }
  return {
    rows: design.weights.length,
    weights: design.weights,
    strata: design.strata,
    stratumCount,
    stratumSize: first.groupSize,
    varianceScale: first.scale,
    lonelyStrata,
    lonelyPsu,
    stages,
  };
}
