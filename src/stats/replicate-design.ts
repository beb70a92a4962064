/**
 * Replicate-weight designs, as R's survey package has them: the variance of an
 * estimate is scale * sum_r rscale_r (theta_r - mean(theta))^2 over the same
 * estimate recomputed with each column of replicate weights (`svrVar` with
 * mse = FALSE). A design either comes with its replicate weights (as
 * `svrepdesign(repweights, weights, combined.weights = TRUE)` reads them) or
 * is turned into a jackknife from a stratified design (`as.svrepdesign`).
 * Degrees of freedom are the rank of the replicate weights minus one, for the
 * full design (see docs/adr/0032-replicate-designs-and-more-statistics.md).
 */
import { type PreparedDesign, StatsInputError } from './design';

/** The replicate-weight schemes: given columns, or a jackknife built from a design. */
export type ReplicateType = 'JK1' | 'bootstrap' | 'BRR' | 'Fay' | 'JKn';

/** All replicate types, for argument parsing. */
export const REPLICATE_TYPES: readonly ReplicateType[] = ['JK1', 'bootstrap', 'BRR', 'Fay', 'JKn'];

/** A design whose variance comes from replicate weights. */
export interface ReplicateDesign {
  readonly kind: 'replicate';
  readonly rows: number;
  /** Full-sample weight of each row. */
  readonly weights: Float64Array;
  /** One column of full replicate weights per replicate (not multipliers). */
  readonly replicates: readonly Float64Array[];
  readonly type: ReplicateType;
  /** Overall factor on the sum of squared deviations. */
  readonly scale: number;
  /** Factor per replicate (1 except for JKn and fpc-corrected jackknives). */
  readonly rscales: Float64Array;
  /** Rank of the replicate weights minus one: R's degf() of the full design. */
  readonly df: number;
}

/** Either kind of design the estimators accept. */
export type AnyDesign = PreparedDesign | ReplicateDesign;

/** Whether a design carries replicate weights. */
export function isReplicateDesign(design: AnyDesign): design is ReplicateDesign {
  return (design as ReplicateDesign).kind === 'replicate';
}

/** The input of replicateDesign(). */
export interface ReplicateDesignInput {
  weights: Float64Array;
  /** Full replicate weights, one column per replicate. */
  replicates: readonly Float64Array[];
  /** JK1, bootstrap, BRR or Fay; JKn needs per-replicate scales and is built by jackknifeDesign(). */
  type: Exclude<ReplicateType, 'JKn'>;
  /** Overrides the JK1 or bootstrap scale. */
  scale?: number;
  /** Fay's rho (required for Fay). */
  rho?: number;
}

/**
 * A design with given replicate weights. Scales as svrepdesign sets them: JK1
 * (R-1)/R, bootstrap 1/(R-1), BRR 1/R, Fay 1/(R (1-rho)^2). Throws StatsInputError
 * naming the replicate (0-based in `replicate`) and row for a weight that is not
 * a positive finite number.
 */
export function replicateDesign(input: ReplicateDesignInput): ReplicateDesign {
  const { weights, replicates, type } = input;
  const rows = weights.length;
  const R = replicates.length;
  if (R < 2) throw new StatsInputError(`a replicate design needs at least 2 replicates, got ${R}`);
  for (let i = 0; i < rows; i++) {
    const w = weights[i]!;
    if (!(w > 0) || w === Number.POSITIVE_INFINITY)
      throw new StatsInputError(`weight ${w} in row ${i} is not a positive finite number`, i);
  }
  replicates.forEach((column, r) => {
    if (column.length !== rows)
      throw new StatsInputError(
        `replicate ${r + 1} has ${column.length} entries but weights has ${rows}`,
      );
    for (let i = 0; i < rows; i++) {
      const w = column[i]!;
      if (!(w > 0) || w === Number.POSITIVE_INFINITY)
        throw new ReplicateWeightError(
          `replicate weight ${w} in row ${i} is not a positive finite number`,
          i,
          r,
        );
    }
  });
  let scale: number;
  switch (type) {
    case 'JK1':
      scale = input.scale ?? (R - 1) / R;
      break;
    case 'bootstrap':
      scale = input.scale ?? 1 / (R - 1);
      break;
    case 'BRR':
      scale = 1 / R;
      break;
    case 'Fay': {
      const rho = input.rho;
      if (rho === undefined || !(rho >= 0 && rho < 1))
        throw new StatsInputError(`Fay's rho must be given and lie in [0, 1), got ${rho}`);
      scale = 1 / (R * (1 - rho) ** 2);
      break;
    }
  }
  if (!(scale > 0 && Number.isFinite(scale)))
    throw new StatsInputError(`replicate scale ${scale} is not a positive finite number`);
  return {
    kind: 'replicate',
    rows,
    weights,
    replicates,
    type,
    scale,
    rscales: new Float64Array(R).fill(1),
    df: replicateRank(replicates) - 1,
  };
}

/** A replicate weight that is not a positive finite number; `replicate` is its 0-based column. */
export class ReplicateWeightError extends StatsInputError {
  constructor(
    message: string,
    row: number,
    readonly replicate: number,
  ) {
    super(message, row);
  }
}

/**
 * The delete-one jackknife of a one-stage design (each row its own PSU), as
 * `as.svrepdesign(design, type)` builds it: JK1 for an unstratified design
 * (one stratum), JKn deleting one row within its stratum. Finite population
 * corrections scale each replicate; census strata give no replicates; a lonely
 * stratum follows the design's policy as `jknweights` does (adjust: one
 * replicate that drops the stratum and reweights the others; certainty: none).
 */
export function jackknifeDesign(prepared: PreparedDesign, type: 'JK1' | 'JKn'): ReplicateDesign {
  const { rows, weights, strata, stratumCount, stratumSize } = prepared;
  const present: number[] = [];
  for (let h = 0; h < stratumCount; h++) if (stratumSize[h]! > 0) present.push(h);
  if (type === 'JK1' && present.length > 1) {
    throw new StatsInputError(
      `JK1 needs an unstratified design, but there are ${present.length} strata; use JKn`,
    );
  }
  // The finite population correction (N_h - n_h)/N_h of each stratum, back from varianceScale.
  const correction = (h: number): number => {
    const n = stratumSize[h]!;
    const s = prepared.varianceScale[h]!;
    return n > 1 ? (s * (n - 1)) / n : s;
  };
  const membersOf = new Map<number, number[]>();
  for (let i = 0; i < rows; i++) {
    const list = membersOf.get(strata[i]!) ?? [];
    list.push(i);
    membersOf.set(strata[i]!, list);
  }
  if (rows * rows > MAX_JACKKNIFE_CELLS) {
    throw new StatsInputError(
      `a delete-one jackknife of ${rows} rows needs ${rows} replicates of ${rows} weights; ` +
        'for a sample this large use the linearised variance or given replicate weights',
    );
  }
  const replicates: Float64Array[] = [];
  const rscales: number[] = [];
  let scale = 1;
  const nstrat = present.length;
  // Rank of the replicate weights, known from their structure (see below).
  let deleteOne = 0;
  let lonelyColumns = 0;
  for (const h of present) {
    const members = membersOf.get(h)!;
    const n = members.length;
    const f = correction(h);
    if (f === 0) continue; // a census stratum: R drops its replicates
    if (n === 1) {
      if (type === 'JK1') throw new StatsInputError('JK1 needs more than one row');
      if (prepared.lonelyPsu !== 'adjust') continue;
      const column = new Float64Array(rows);
      const factor = nstrat / (nstrat - 1);
      for (let i = 0; i < rows; i++) column[i] = strata[i] === h ? 0 : weights[i]! * factor;
      replicates.push(column);
      rscales.push((nstrat - 1) / nstrat);
      lonelyColumns++;
      continue;
    }
    deleteOne += n - 1;
    const factor = n / (n - 1);
    for (const dropped of members) {
      const column = Float64Array.from(weights);
      for (const i of members) column[i] = i === dropped ? 0 : weights[i]! * factor;
      replicates.push(column);
      rscales.push(type === 'JKn' ? (f * (n - 1)) / n : 1);
    }
    if (type === 'JK1') scale = (f * (n - 1)) / n;
  }
  if (replicates.length === 0)
    throw new StatsInputError('every stratum is a census: there is no sampling variance');
  // The delete-one columns of a stratum differ from each other by multiples of e_j - e_k, which
  // span the n_h - 1 within-stratum contrasts; modulo those every such column equals the same
  // vector of ones, which adds 1; each lonely-stratum column adds 1 more. This is the rank R's
  // qr() finds, without its rows x replicates^2 cost (checked against replicateRank in tests).
  const rank = deleteOne > 0 ? deleteOne + 1 + lonelyColumns : replicateRank(replicates);
  return {
    kind: 'replicate',
    rows,
    weights,
    replicates,
    type,
    scale,
    rscales: Float64Array.from(rscales),
    df: rank - 1,
  };
}

/** A built jackknife keeps rows x rows weights; beyond this (400 MB) it is refused. */
const MAX_JACKKNIFE_CELLS = 50_000_000;

/** R's qr(tol = 1e-5) criterion: a column whose residual norm is below this times its own norm adds no rank. */
const RANK_TOLERANCE = 1e-5;

/**
 * Numerical rank of the replicate-weight matrix as R's `qr(x, tol = 1e-5)$rank`
 * finds it with limited column pivoting: columns are taken in order, and one
 * whose part orthogonal to the columns kept so far is shorter than 1e-5 of its
 * length is set aside. Computed through the Gram matrix (rows x R^2 / 2
 * products) and a Cholesky factor of the kept columns.
 */
export function replicateRank(columns: readonly Float64Array[]): number {
  const R = columns.length;
  const gram = new Float64Array(R * R);
  for (let a = 0; a < R; a++) {
    const x = columns[a]!;
    for (let b = a; b < R; b++) {
      const y = columns[b]!;
      let s = 0;
      for (let i = 0; i < x.length; i++) s += x[i]! * y[i]!;
      gram[a * R + b] = s;
      gram[b * R + a] = s;
    }
  }
  // Rows of the Cholesky factor L (kept columns only): gram[a, b] = sum_k L[a, k] L[b, k].
  const kept: number[] = [];
  const factor: Float64Array[] = [];
  const tolerance = RANK_TOLERANCE * RANK_TOLERANCE;
  for (let a = 0; a < R; a++) {
    const row = new Float64Array(kept.length);
    for (let k = 0; k < kept.length; k++) {
      let s = gram[a * R + kept[k]!]!;
      const lk = factor[k]!;
      for (let j = 0; j < k; j++) s -= row[j]! * lk[j]!;
      row[k] = s / lk[k]!;
    }
    let residual = gram[a * R + a]!;
    for (let k = 0; k < kept.length; k++) residual -= row[k]! * row[k]!;
    if (!(residual > tolerance * gram[a * R + a]!)) continue;
    const full = new Float64Array(kept.length + 1);
    full.set(row);
    full[kept.length] = Math.sqrt(residual);
    kept.push(a);
    factor.push(full);
  }
  return kept.length;
}

/**
 * svrVar with mse = FALSE: scale * sum_r rscale_r (theta_r - mean)^2 where the
 * mean runs over replicates with rscale > 0. Replicates whose estimate is NaN
 * (e.g. a domain emptied by a jackknife deletion) are dropped with their scales,
 * as R's na.omit does.
 */
export function replicateVariance(design: ReplicateDesign, thetas: Float64Array): number {
  const { rscales, scale } = design;
  let sum = 0;
  let count = 0;
  for (let r = 0; r < thetas.length; r++) {
    if (Number.isNaN(thetas[r]!) || !(rscales[r]! > 0)) continue;
    sum += thetas[r]!;
    count++;
  }
  if (count === 0) return Number.NaN;
  const mean = sum / count;
  let v = 0;
  for (let r = 0; r < thetas.length; r++) {
    const t = thetas[r]!;
    if (Number.isNaN(t)) continue;
    const d = (t - mean) * Math.sqrt(rscales[r]!);
    v += d * d;
  }
  return v * scale;
}
