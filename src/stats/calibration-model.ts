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

/** A categorical term: each row's level, and the model column of each level (-1 for the reference level, absorbed by the intercept). */
export interface CategoricalTerm {
  levels: Int32Array;
  columnOfLevel: Int32Array;
}

/** A numeric term: its model column and each row's value. */
export interface NumericTerm {
  column: number;
  values: Float64Array;
}

/**
 * The shape of the model matrix. Rows with the same levels of every categorical
 * term share a cell, and so the categorical part of their model row: sums over
 * rows become sums over cells, which keeps a million-row calibration to a few
 * passes over the rows.
 */
export interface ModelShape {
  /** Number of model columns p. */
  readonly columns: number;
  /** Column 0 is an intercept (every row has a 1 there). */
  readonly intercept: boolean;
  readonly numeric: readonly NumericTerm[];
  /** Cell of each row (the cross-classification of the categorical terms). */
  readonly cells: Int32Array;
  /** Model columns holding a 1 for each cell (intercept and categorical levels). */
  readonly cellColumns: readonly Int32Array[];
}

/** The calibration model: its shape and the factored cross-product. */
export interface CalibrationModel extends ModelShape {
  /** Weights before calibration, w0. */
  readonly baseWeights: Float64Array;
  /** Cholesky factor (lower, row-major p x p) of sum w0 m m'. */
  readonly factor: Float64Array;
}

/** Cross-classify the categorical terms into cells and list each cell's model columns. */
export function modelShape(
  rows: number,
  columns: number,
  intercept: boolean,
  categorical: readonly CategoricalTerm[],
  numeric: readonly NumericTerm[],
): ModelShape {
  let cells = new Int32Array(rows);
  let cellCount = 1;
  for (const term of categorical) {
    const L = term.columnOfLevel.length;
    const next = new Int32Array(rows);
    const dense = cellCount * L <= 1 << 22;
    const codes = dense ? new Int32Array(cellCount * L).fill(-1) : undefined;
    const map = dense ? undefined : new Map<number, number>();
    let count = 0;
    for (let i = 0; i < rows; i++) {
      const key = cells[i]! * L + term.levels[i]!;
      let code = codes ? codes[key]! : (map!.get(key) ?? -1);
      if (code < 0) {
        code = count++;
        if (codes) codes[key] = code;
        else map!.set(key, code);
      }
      next[i] = code;
    }
    cells = next;
    cellCount = count;
  }
  const cellColumns: Int32Array[] = new Array(cellCount);
  for (let i = 0; i < rows; i++) {
    const k = cells[i]!;
    if (cellColumns[k]) continue;
    const cols: number[] = intercept ? [0] : [];
    for (const term of categorical) {
      const c = term.columnOfLevel[term.levels[i]!]!;
      if (c >= 0) cols.push(c);
    }
    cellColumns[k] = Int32Array.from(cols);
  }
  return { columns, intercept, numeric, cells, cellColumns };
}

/** Per cell: sum of scale_i, and sum of scale_i v_ij for each numeric term j (cell-major). */
function cellSums(
  shape: ModelShape,
  scale: Float64Array,
): { plain: Float64Array; byNumeric: Float64Array } {
  const K = shape.cellColumns.length;
  const J = shape.numeric.length;
  const plain = new Float64Array(K);
  const byNumeric = new Float64Array(K * J);
  const { cells } = shape;
  for (let i = 0; i < scale.length; i++) {
    const s = scale[i]!;
    if (s === 0) continue;
    const k = cells[i]!;
    plain[k] = plain[k]! + s;
    for (let j = 0; j < J; j++) {
      byNumeric[k * J + j] = byNumeric[k * J + j]! + s * shape.numeric[j]!.values[i]!;
    }
  }
  return { plain, byNumeric };
}

/** sum_i scale_i m_i: the model totals weighted by scale. */
export function modelTotals(shape: ModelShape, scale: Float64Array): Float64Array {
  const out = new Float64Array(shape.columns);
  const { plain, byNumeric } = cellSums(shape, scale);
  const J = shape.numeric.length;
  shape.cellColumns.forEach((cols, k) => {
    for (const c of cols) out[c] = out[c]! + plain[k]!;
    for (let j = 0; j < J; j++) {
      const c = shape.numeric[j]!.column;
      out[c] = out[c]! + byNumeric[k * J + j]!;
    }
  });
  return out;
}

/** sum_i scale_i m_i m_i' as a dense p x p matrix. */
export function crossProduct(shape: ModelShape, scale: Float64Array): Float64Array {
  const p = shape.columns;
  const out = new Float64Array(p * p);
  const { plain, byNumeric } = cellSums(shape, scale);
  const J = shape.numeric.length;
  const add = (a: number, b: number, v: number): void => {
    out[a * p + b] = out[a * p + b]! + v;
  };
  shape.cellColumns.forEach((cols, k) => {
    for (const a of cols) {
      for (const b of cols) add(a, b, plain[k]!);
      for (let j = 0; j < J; j++) {
        const c = shape.numeric[j]!.column;
        add(a, c, byNumeric[k * J + j]!);
        add(c, a, byNumeric[k * J + j]!);
      }
    }
  });
  // Numeric x numeric: one pass per pair (numeric terms are few).
  for (let j = 0; j < J; j++) {
    for (let l = j; l < J; l++) {
      const u = shape.numeric[j]!.values;
      const v = shape.numeric[l]!.values;
      let sum = 0;
      for (let i = 0; i < scale.length; i++) sum += scale[i]! * u[i]! * v[i]!;
      add(shape.numeric[j]!.column, shape.numeric[l]!.column, sum);
      if (l !== j) add(shape.numeric[l]!.column, shape.numeric[j]!.column, sum);
    }
  }
  return out;
}

/** m_i' lambda for every row, into out. */
export function linearPredictor(
  shape: ModelShape,
  lambda: Float64Array,
  out: Float64Array,
): Float64Array {
  const cellEta = shape.cellColumns.map((cols) => {
    let eta = 0;
    for (const c of cols) eta += lambda[c]!;
    return eta;
  });
  const { cells } = shape;
  for (let i = 0; i < out.length; i++) out[i] = cellEta[cells[i]!]!;
  for (const term of shape.numeric) {
    const b = lambda[term.column]!;
    for (let i = 0; i < out.length; i++) out[i] = out[i]! + b * term.values[i]!;
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

/**
 * The residuals of scores x on the calibration model, written into out (which
 * may be x itself); `work` is scratch space of x's length.
 */
export function calibrationResiduals(
  model: CalibrationModel,
  weights: Float64Array,
  x: Float64Array,
  out: Float64Array = new Float64Array(x.length),
  work: Float64Array = new Float64Array(x.length),
): Float64Array {
  const w0 = model.baseWeights;
  const ratio = work;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    ratio[i] = v === 0 ? 0 : (v * w0[i]!) / weights[i]!;
  }
  const beta = choleskySolve(model.factor, model.columns, modelTotals(model, ratio));
  const fitted = linearPredictor(model, beta, ratio);
  for (let i = 0; i < x.length; i++) out[i] = x[i]! - weights[i]! * fitted[i]!;
  return out;
}
