/** Second pass of an estimate: the Taylor-linearised variance per domain, as svyrecvar has it. */

import { choleskySolve } from './calibration-model';
import { type PreparedDesign, StatsInputError } from './design';
import { type Stage, scoreVariance, stagedVariance } from './design-stages';
import { type DomainSums, type DomainTotals, kahanAdd } from './domain-sums';
import type { Groups } from './estimate-types';

/**
 * Second pass: per (domain, stratum) sums of the squared, scaled deviations
 * ((s_i - mean_h(s)) sqrt(scale_h))^2 of the scores s_i = (y_i - centre_d) w_i / W_d,
 * where the stratum mean runs over all n_h rows (rows outside the domain score 0).
 * Up to two centres at once (the weighted mean and the logit fit's mu).
 *
 * The terms are added one by one in row order, then the n_h - m_h zero-score
 * rows, because that is the order in which R (svyrecvar, then crossprod through
 * the reference BLAS) adds them; compensated sums would be slightly more exact
 * (about 1e-12 relative on a million rows) but would no longer print R's digits.
 */
export function centredSquares(
  design: PreparedDesign,
  y: Float64Array,
  groups: Groups | undefined,
  sums: DomainSums,
  totals: DomainTotals,
  centres: readonly Float64Array[],
): Float64Array[] {
  const H = design.stratumCount;
  const D = sums.domains;
  const { weights, strata, stratumSize } = design;
  const root = design.varianceScale.map(Math.sqrt);
  // Stratum means of the scores (including the zero scores of rows outside the domain).
  const means = centres.map((centre) => {
    const m = new Float64Array(D * H);
    for (let d = 0; d < D; d++) {
      const W = totals.wsum[d]!;
      for (let h = 0; h < H; h++) {
        const k = d * H + h;
        if (sums.count[k] === 0) continue;
        m[k] = (sums.weighted[k]! - centre[d]! * sums.weight[k]!) / W / stratumSize[h]!;
      }
    }
    return m;
  });
  const squares = centres.map(() => new Float64Array(D * H));
  const gIndex = groups?.index;
  const two = centres.length === 2;
  const c0 = centres[0]!;
  const m0 = means[0]!;
  const s0 = squares[0]!;
  const c1 = two ? centres[1]! : c0;
  const m1 = two ? means[1]! : m0;
  const s1 = two ? squares[1]! : s0;
  const wsum = totals.wsum;
  for (let i = 0; i < y.length; i++) {
    const v = y[i]!;
    if (Number.isNaN(v)) continue;
    const w = weights[i]!;
    const h = strata[i]!;
    const r = root[h]!;
    let dev = (((v - c0[0]!) * w) / wsum[0]! - m0[h]!) * r;
    s0[h] = s0[h]! + dev * dev;
    if (two) {
      dev = (((v - c1[0]!) * w) / wsum[0]! - m1[h]!) * r;
      s1[h] = s1[h]! + dev * dev;
    }
    if (gIndex) {
      const g = gIndex[i]!;
      if (g >= 0) {
        const d = 1 + g;
        const k = d * H + h;
        dev = (((v - c0[d]!) * w) / wsum[d]! - m0[k]!) * r;
        s0[k] = s0[k]! + dev * dev;
        if (two) {
          dev = (((v - c1[d]!) * w) / wsum[d]! - m1[k]!) * r;
          s1[k] = s1[k]! + dev * dev;
        }
      }
    }
  }
  // Rows of the stratum outside the domain score 0: each adds (mean sqrt(scale))^2.
  return squares.map((sq, c) => {
    const m = means[c]!;
    for (let d = 0; d < D; d++) {
      for (let h = 0; h < H; h++) {
        const k = d * H + h;
        const cnt = sums.count[k]!;
        if (cnt === 0) continue;
        const pad = m[k]! * root[h]!;
        const term = pad * pad;
        let total = sq[k]!;
        for (let j = stratumSize[h]! - cnt; j > 0; j--) total += term;
        sq[k] = total;
      }
    }
    return sq;
  });
}

/**
 * Combine the per-stratum scaled squares into a domain variance under the
 * design's lonely-PSU policy (strata summed with compensation, as R sums them
 * in extended precision).
 */
export function domainVariance(
  design: PreparedDesign,
  sums: DomainSums,
  totals: DomainTotals,
  squares: Float64Array,
  centre: Float64Array,
  d: number,
): number {
  const H = design.stratumCount;
  const W = totals.wsum[d]!;
  const acc = new Float64Array(1);
  const comp = new Float64Array(1);
  for (let h = 0; h < H; h++) {
    const k = d * H + h;
    if (sums.count[k] === 0) continue;
    const scale = design.varianceScale[h]!;
    if (scale === 0) continue;
    if (design.stratumSize[h]! > 1) {
      kahanAdd(acc, comp, 0, squares[k]!);
    } else if (design.lonelyPsu === 'adjust') {
      // The lone row is centred at the domain estimate, not at its own value.
      const score = ((sums.weighted[k]! - centre[d]! * sums.weight[k]!) / W) * Math.sqrt(scale);
      kahanAdd(acc, comp, 0, score * score);
    }
    // 'certainty': a lone row adds nothing. ('fail' never gets here.)
  }
  return acc[0]!;
}

/** Rows-as-PSU stages of a design without clusters, built once per design. */
const ROW_STAGES = new WeakMap<PreparedDesign, readonly Stage[]>();

/** The stages of a design: its clusters, or every row its own PSU within its stratum. */
export function designStages(design: PreparedDesign): readonly Stage[] {
  if (design.stages) return design.stages;
  let stages = ROW_STAGES.get(design);
  if (!stages) {
    stages = [
      {
        units: Int32Array.from({ length: design.rows }, (_, i) => i),
        unitCount: design.rows,
        group: design.strata,
        groupCount: design.stratumCount,
        groupSize: design.stratumSize,
        scale: design.varianceScale,
        fraction: new Float64Array(design.stratumCount),
      },
    ];
    ROW_STAGES.set(design, stages);
  }
  return stages;
}

/**
 * The design variance of the total of per-row linearisation scores (rows
 * outside the domain score 0): strata, clusters and stages, FPC, the lonely-PSU
 * policy and calibration residuals. Every estimator's standard error comes
 * from here (or, for a design without clusters or calibration, from the
 * equivalent one-pass centredSquares/domainVariance above).
 */
export function designVariance(design: PreparedDesign, scores: Float64Array): number {
  if (scores.length !== design.rows) {
    throw new StatsInputError(
      `scores has ${scores.length} entries but the design has ${design.rows} rows`,
    );
  }
  return scoreVariance(
    {
      weights: design.weights,
      stages: designStages(design),
      lonelyPsu: design.lonelyPsu,
      calibration: design.calibration,
    },
    scores,
  );
}

/** Whether estimates need designVariance: the design has clusters or is calibrated. */
export function needsScoreVariance(design: PreparedDesign): boolean {
  return design.stages !== undefined || design.calibration !== undefined;
}

/** Variance of a domain's ratio-type estimate: scores w_i (y_i - centre) / W over the domain's answers. */
export function domainScoreVariance(
  design: PreparedDesign,
  y: Float64Array,
  groups: Groups | undefined,
  d: number,
  centre: number,
  wsum: number,
): number {
  return domainScoreVariances(design, y, groups, d, wsum, [centre])[0]!;
}

/**
 * designVariance of a domain's scores w_i (y_i - c) / W at several centres c in
 * two passes over the rows. The scores are a - c b with a = w y / W and
 * b = w / W on the domain; residuals and unit totals are linear, so the first
 * pass sums a and b per finest-stage unit (and, for a calibrated design, per
 * calibration cell), the second subtracts the fitted calibration part per row,
 * and each centre then only combines unit totals.
 */
export function domainScoreVariances(
  design: PreparedDesign,
  y: Float64Array,
  groups: Groups | undefined,
  d: number,
  wsum: number,
  centres: readonly number[],
): number[] {
  if (y.length !== design.rows) {
    throw new StatsInputError(
      `the item has ${y.length} values but the design has ${design.rows} rows`,
    );
  }
  const stages = designStages(design);
  const finest = stages[stages.length - 1]!;
  const units = finest.units;
  const unitA = new Float64Array(finest.unitCount);
  const unitB = new Float64Array(finest.unitCount);
  const { weights, calibration } = design;
  const gIndex = groups?.index;
  const g = d - 1;
  const cells = calibration?.cells;
  const K = calibration ? calibration.cellColumns.length : 0;
  const numeric = calibration?.numeric ?? [];
  const J = numeric.length;
  // Per cell (and numeric term): sums of a w0 / w and b w0 / w, the calibration right-hand sides.
  const cellA = new Float64Array(K);
  const cellB = new Float64Array(K);
  const numA = new Float64Array(J);
  const numB = new Float64Array(J);
  const w0 = calibration?.baseWeights;
  for (let i = 0; i < y.length; i++) {
    const v = y[i]!;
    if (Number.isNaN(v) || (d > 0 && gIndex![i] !== g)) continue;
    const b = weights[i]! / wsum;
    const a = v * b;
    const u = units[i]!;
    unitA[u] = unitA[u]! + a;
    unitB[u] = unitB[u]! + b;
    if (cells) {
      const rb = w0![i]! / wsum;
      const ra = v * rb;
      const k = cells[i]!;
      cellA[k] = cellA[k]! + ra;
      cellB[k] = cellB[k]! + rb;
      for (let j = 0; j < J; j++) {
        const x = numeric[j]!.values[i]!;
        numA[j] = numA[j]! + ra * x;
        numB[j] = numB[j]! + rb * x;
      }
    }
  }
  if (calibration) {
    const p = calibration.columns;
    const fitted = (
      cellSum: Float64Array,
      numSum: Float64Array,
    ): { cell: Float64Array; num: Float64Array } => {
      const rhs = new Float64Array(p);
      calibration.cellColumns.forEach((cols, k) => {
        for (const c of cols) rhs[c] = rhs[c]! + cellSum[k]!;
      });
      for (let j = 0; j < J; j++) rhs[numeric[j]!.column] = rhs[numeric[j]!.column]! + numSum[j]!;
      const beta = choleskySolve(calibration.factor, p, rhs);
      const cell = new Float64Array(K);
      calibration.cellColumns.forEach((cols, k) => {
        for (const c of cols) cell[k] = cell[k]! + beta[c]!;
      });
      return { cell, num: Float64Array.from(numeric, (term) => beta[term.column]!) };
    };
    const fa = fitted(cellA, numA);
    const fb = fitted(cellB, numB);
    // Every row (in the domain or not) loses w_i m_i' beta.
    for (let i = 0; i < weights.length; i++) {
      const k = cells![i]!;
      let ya = fa.cell[k]!;
      let yb = fb.cell[k]!;
      for (let j = 0; j < J; j++) {
        const x = numeric[j]!.values[i]!;
        ya += fa.num[j]! * x;
        yb += fb.num[j]! * x;
      }
      const w = weights[i]!;
      const u = units[i]!;
      unitA[u] = unitA[u]! - w * ya;
      unitB[u] = unitB[u]! - w * yb;
    }
  }
  const totals = new Float64Array(finest.unitCount);
  return centres.map((c) => {
    for (let u = 0; u < totals.length; u++) totals[u] = unitA[u]! - c * unitB[u]!;
    return stagedVariance(stages, design.lonelyPsu, totals);
  });
}

/** A domain's design degrees of freedom: PSUs minus strata with an answer in it (R's degf). */
export function domainDegreesOfFreedom(
  design: PreparedDesign,
  y: Float64Array,
  groups: Groups | undefined,
  d: number,
): number {
  const first = designStages(design)[0]!;
  const psu = new Uint8Array(first.unitCount);
  const stratum = new Uint8Array(first.groupCount);
  const gIndex = groups?.index;
  const g = d - 1;
  let count = 0;
  for (let i = 0; i < y.length; i++) {
    if (Number.isNaN(y[i]!) || (d > 0 && gIndex![i] !== g)) continue;
    const u = first.units[i]!;
    if (psu[u] === 1) continue;
    psu[u] = 1;
    count++;
    const h = first.group[u]!;
    if (stratum[h] === 0) {
      stratum[h] = 1;
      count--;
    }
  }
  return count;
}
