/**
 * Calibration of a prepared design to population totals: post-stratification,
 * raking and linear (GREG) calibration, as R's postStratify and
 * calibrate(calfun = "raking" | "linear") compute them, converged to machine
 * precision. The result is a design with calibrated weights that remembers its
 * calibration model, so every estimate's variance uses the residuals of its
 * scores on that model (calibration-aware) instead of treating the calibrated
 * weights as fixed.
 */
import {
  type CalibrationModel,
  type CategoricalTerm,
  cholesky,
  choleskySolve,
  crossProduct,
  linearPredictor,
  modelShape,
  modelTotals,
  type NumericTerm,
} from './calibration-model';
import { type PreparedDesign, StatsInputError } from './design';
import { MARGIN_TOTAL_TOLERANCE } from './weighting';

export type CalibrationMethod = 'poststratify' | 'rake' | 'linear';

/** A calibration variable: categorical (a level per row and a total per level) or numeric. */
export type CalibrationVariable =
  | {
      name: string;
      /** Level of each row, 0..totals.length-1. */
      categories: Int32Array;
      /** Population count per level. */
      totals: Float64Array;
    }
  | {
      name: string;
      values: Float64Array;
      /** Population total of the variable. */
      total: number;
    };

export interface CalibrationOptions {
  method: CalibrationMethod;
  variables: readonly CalibrationVariable[];
}

/** Raking stops when the largest relative miss of a population total is below this. */
const RAKING_TOLERANCE = 1e-14;
/** Newton steps before raking gives up (it converges quadratically, in well under 20). */
const RAKING_MAX_ITERATIONS = 100;

/**
 * Calibrate a prepared design. poststratify takes one categorical variable
 * (cross-classify cells into one); rake takes categorical variables only;
 * linear takes both. Throws StatsInputError naming the variable and level for
 * totals the sample cannot meet.
 */
export function calibrateDesign(
  prepared: PreparedDesign,
  options: CalibrationOptions,
): PreparedDesign {
  if (prepared.calibration) throw new StatsInputError('the design is already calibrated');
  const { method, variables } = options;
  if (variables.length === 0) throw new StatsInputError('calibration needs at least one variable');
  const rows = prepared.rows;
  const w0 = prepared.weights;
  let populationSize = Number.NaN;
  let sizeFrom = '';
  for (const v of variables) {
    if ('categories' in v) {
      if (v.categories.length !== rows)
        throw new StatsInputError(`${v.name} has ${v.categories.length} entries for ${rows} rows`);
      const present = new Int32Array(v.totals.length);
      for (let i = 0; i < rows; i++) {
        const c = v.categories[i]!;
        if (c < 0 || c >= v.totals.length)
          throw new StatsInputError(
            `${v.name} in row ${i} has no level with a population total`,
            i,
          );
        present[c]!++;
      }
      let total = 0;
      v.totals.forEach((t, c) => {
        if (!(t > 0) || !Number.isFinite(t))
          throw new StatsInputError(`${v.name} level ${c}: total ${t} is not a positive number`);
        if (present[c] === 0)
          throw new StatsInputError(`${v.name} level ${c} has a total of ${t} but no sample rows`);
        total += t;
      });
      if (Number.isNaN(populationSize)) {
        populationSize = total;
        sizeFrom = v.name;
      } else if (Math.abs(total - populationSize) > MARGIN_TOTAL_TOLERANCE * populationSize) {
        throw new StatsInputError(
          `${v.name} adds up to ${total} but ${sizeFrom} to ${populationSize}; the margins must describe one population`,
        );
      }
    } else {
      if (method !== 'linear')
        throw new StatsInputError(
          `${v.name} is numeric; only linear calibration takes numeric totals`,
        );
      if (v.values.length !== rows)
        throw new StatsInputError(`${v.name} has ${v.values.length} entries for ${rows} rows`);
      for (let i = 0; i < rows; i++) {
        if (!Number.isFinite(v.values[i]!))
          throw new StatsInputError(`${v.name} in row ${i} is not a finite number`, i);
      }
    }
  }
  if (method === 'poststratify' && (variables.length !== 1 || !('categories' in variables[0]!)))
    throw new StatsInputError(
      'poststratify takes one categorical variable (cross-classify the cells into one)',
    );
  if (Number.isNaN(populationSize))
    throw new StatsInputError(
      `${method} calibration needs a categorical variable for the population size`,
    );

  // Model columns and their population totals.
  const targets: number[] = [];
  const categorical: CategoricalTerm[] = [];
  const numeric: NumericTerm[] = [];
  const intercept = method !== 'poststratify';
  if (intercept) targets.push(populationSize);
  for (const v of variables) {
    if ('categories' in v) {
      // With an intercept the first level is the reference, as R's treatment contrasts.
      const skip = intercept ? 1 : 0;
      const first = targets.length - skip;
      for (let c = skip; c < v.totals.length; c++) targets.push(v.totals[c]!);
      const columnOfLevel = Int32Array.from(v.totals, (_, c) => (c < skip ? -1 : first + c));
      categorical.push({ levels: v.categories, columnOfLevel });
    } else {
      numeric.push({ column: targets.length, values: v.values });
      targets.push(v.total);
    }
  }
  const shape = modelShape(rows, targets.length, intercept, categorical, numeric);
  const factor = cholesky(crossProduct(shape, w0), shape.columns);
  const model: CalibrationModel = { ...shape, baseWeights: w0, factor };
  const T = Float64Array.from(targets);
  const weights =
    method === 'rake' ? rakeWeights(model, T) : linearWeights(model, T, method === 'poststratify');
  return { ...prepared, weights, calibration: model };
}

/**
 * Linear calibration g_i = 1 + m_i' lambda with lambda = (sum w0 m m')^-1 (T - sum w0 m),
 * as R's regcalibrate. Post-strata (disjoint cells, no intercept) give R's
 * postStratify weights w0 N_c / sum_c w0 exactly.
 */
function linearWeights(model: CalibrationModel, T: Float64Array, cells: boolean): Float64Array {
  const w0 = model.baseWeights;
  const sample = modelTotals(model, w0);
  const out = new Float64Array(w0.length);
  if (cells) {
    // One column per cell: the cell's only model column.
    const factor = model.cellColumns.map((cols) => T[cols[0]!]! / sample[cols[0]!]!);
    for (let i = 0; i < w0.length; i++) out[i] = w0[i]! * factor[model.cells[i]!]!;
    return out;
  }
  const lambda = choleskySolve(
    model.factor,
    model.columns,
    T.map((t, c) => t - sample[c]!),
  );
  linearPredictor(model, lambda, out);
  for (let i = 0; i < w0.length; i++) out[i] = w0[i]! * (1 + out[i]!);
  return out;
}

/**
 * Raking g_i = exp(m_i' lambda), solved by Newton's method to machine precision
 * (R: calibrate(calfun = "raking", epsilon = 1e-13)), not stopped at a loose
 * tolerance as iterative proportional fitting usually is.
 */
function rakeWeights(model: CalibrationModel, T: Float64Array): Float64Array {
  // Raking is categorical only, so g is constant per cell: iterate on the cells.
  const w0 = model.baseWeights;
  const p = model.columns;
  const { cells, cellColumns } = model;
  const K = cellColumns.length;
  const base = new Float64Array(K);
  for (let i = 0; i < w0.length; i++) base[cells[i]!] = base[cells[i]!]! + w0[i]!;
  const lambda = new Float64Array(p);
  const g = new Float64Array(K).fill(1);
  let worst = Number.POSITIVE_INFINITY;
  let previous = Number.POSITIVE_INFINITY;
  for (let iteration = 0; iteration < RAKING_MAX_ITERATIONS; iteration++) {
    const totals = new Float64Array(p);
    const hessian = new Float64Array(p * p);
    for (let k = 0; k < K; k++) {
      const w = base[k]! * g[k]!;
      for (const a of cellColumns[k]!) {
        totals[a] = totals[a]! + w;
        for (const b of cellColumns[k]!) hessian[a * p + b] = hessian[a * p + b]! + w;
      }
    }
    worst = 0;
    for (let c = 0; c < p; c++)
      worst = Math.max(worst, Math.abs(totals[c]! - T[c]!) / Math.abs(T[c]!));
    // Converged, or rounding keeps the last bits from settling.
    if (worst < RAKING_TOLERANCE || (worst < 1e-11 && worst >= previous / 2)) {
      const out = new Float64Array(w0.length);
      for (let i = 0; i < w0.length; i++) out[i] = w0[i]! * g[cells[i]!]!;
      return out;
    }
    previous = worst;
    const step = choleskySolve(
      cholesky(hessian, p),
      p,
      T.map((t, c) => t - totals[c]!),
    );
    for (let c = 0; c < p; c++) lambda[c] = lambda[c]! + step[c]!;
    for (let k = 0; k < K; k++) {
      let eta = 0;
      for (const c of cellColumns[k]!) eta += lambda[c]!;
      g[k] = Math.exp(eta);
    }
  }
  throw new StatsInputError(
    `raking did not meet the population totals (worst relative miss ${worst.toExponential(2)}); ` +
      'the sample probably lacks a combination of levels the totals need: merge levels',
  );
}
