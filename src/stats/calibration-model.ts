/**
 * The linear model behind a calibration, and the residuals of scores on it.
 * Post-stratification, raking and linear (GREG) calibration all leave the
 * design variance of a calibrated estimator as the variance of the residuals
 * r_i = x_i - w_i m_i' beta, beta = (sum_j w0_j m_j m_j')^-1 sum_j m_j x_j w0_j / w_j,
 * with m_i the row's model vector, w0 the weights before and w after
 * calibration: R's qr.resid(qr(mm sqrt(w0)), x / (g sqrt(w0))) g sqrt(w0),
 * and for postStratify its cell means of x w0 / w.
 */
import { StatsInputError } from './design';

/** A categorical term: each row's model column, or -1 for the reference level (absorbed by the intercept). */
export interface CategoricalTerm {
  columns: Int32Array;
}

/** A numeric term: its model column and each row's value. */
export interface NumericTerm {
  column: number;
  values: Float64Array;
}

/** The calibration model: sparse rows of the model matrix and the factored cross-product. */
export interface CalibrationModel {
  /** Number of model columns p. */
  readonly columns: number;
  /** Column 0 is an intercept (every row has a 1 there). */
  readonly intercept: boolean;
  readonly categorical: readonly CategoricalTerm[];
  readonly numeric: readonly NumericTerm[];
  /** Weights before calibration, w0. */
  readonly baseWeights: Float64Array;
  /** Cholesky factor (lower, row-major p x p) of sum w0 m m'. */
  readonly factor: Float64Array;
}

/** Call visit(column, value) for each non-zero of row i of the model matrix. */
export function forEachModelEntry(
  model: Pick<CalibrationModel, 'intercept' | 'categorical' | 'numeric'>,
  i: number,
  visit: (column: number, value: number) => void,
): void {
  if (model.intercept) visit(0, 1);
  for (const term of model.categorical) {
    const c = term.columns[i]!;
    if (c >= 0) visit(c, 1);
  }
  for (const term of model.numeric) visit(term.column, term.values[i]!);
}

/** sum_i scale_i m_i m_i' as a dense p x p matrix. */
export function crossProduct(
  model: Pick<CalibrationModel, 'columns' | 'intercept' | 'categorical' | 'numeric'>,
  scale: Float64Array,
): Float64Array {
  const p = model.columns;
  const out = new Float64Array(p * p);
  const cols: number[] = [];
  const vals: number[] = [];
  for (let i = 0; i < scale.length; i++) {
    cols.length = 0;
    vals.length = 0;
    forEachModelEntry(model, i, (c, v) => {
      cols.push(c);
      vals.push(v);
    });
    const s = scale[i]!;
    for (let a = 0; a < cols.length; a++) {
      const sa = s * vals[a]!;
      for (let b = 0; b < cols.length; b++) {
        const k = cols[a]! * p + cols[b]!;
        out[k] = out[k]! + sa * vals[b]!;
      }
    }
  }
  return out;
}

/** Cholesky factor L (row-major, lower) of a symmetric positive definite p x p matrix. */
export function cholesky(matrix: Float64Array, p: number): Float64Array {
  const L = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    let d = matrix[j * p + j]!;
    for (let k = 0; k < j; k++) d -= L[j * p + k]! * L[j * p + k]!;
    if (!(d > 1e-12 * Math.abs(matrix[j * p + j]!)) || !Number.isFinite(d)) {
      throw new StatsInputError(
        `the calibration variables are collinear (model column ${j + 1} adds nothing); ` +
          'drop a variable or merge levels',
      );
    }
    const root = Math.sqrt(d);
    L[j * p + j] = root;
    for (let i = j + 1; i < p; i++) {
      let s = matrix[i * p + j]!;
      for (let k = 0; k < j; k++) s -= L[i * p + k]! * L[j * p + k]!;
      L[i * p + j] = s / root;
    }
  }
  return L;
}

/** Solve L L' x = b in place. */
export function choleskySolve(L: Float64Array, p: number, b: Float64Array): Float64Array {
  for (let i = 0; i < p; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= L[i * p + k]! * b[k]!;
    b[i] = s / L[i * p + i]!;
  }
  for (let i = p - 1; i >= 0; i--) {
    let s = b[i]!;
    for (let k = i + 1; k < p; k++) s -= L[k * p + i]! * b[k]!;
    b[i] = s / L[i * p + i]!;
  }
  return b;
}

/** The residuals of scores x on the calibration model (a new array). */
export function calibrationResiduals(
  model: CalibrationModel,
  weights: Float64Array,
  x: Float64Array,
): Float64Array {
  const p = model.columns;
  const w0 = model.baseWeights;
  const rhs = new Float64Array(p);
  const { categorical, numeric, intercept } = model;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v === 0) continue;
    const s = (v * w0[i]!) / weights[i]!;
    if (intercept) rhs[0] = rhs[0]! + s;
    for (const term of categorical) {
      const c = term.columns[i]!;
      if (c >= 0) rhs[c] = rhs[c]! + s;
    }
    for (const term of numeric) rhs[term.column] = rhs[term.column]! + s * term.values[i]!;
  }
  const beta = choleskySolve(model.factor, p, rhs);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    let fitted = intercept ? beta[0]! : 0;
    for (const term of categorical) {
      const c = term.columns[i]!;
      if (c >= 0) fitted += beta[c]!;
    }
    for (const term of numeric) fitted += beta[term.column]! * term.values[i]!;
    out[i] = x[i]! - weights[i]! * fitted;
  }
  return out;
}
