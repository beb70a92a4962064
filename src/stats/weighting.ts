/**
 * Weighting adjustments: post-stratification to known population counts,
 * raking (iterative proportional fitting) to population margins, and weight
 * trimming with the trimmed excess redistributed over the other rows. All take
 * and return per-row Float64Arrays; categories are dense indices 0..k-1.
 */

/** Raking stops when every margin total is within this relative distance of its target. */
export const DEFAULT_RAKING_TOLERANCE = 1e-8;
/** Raking gives up after this many full cycles over the margins. */
export const DEFAULT_RAKING_MAX_ITERATIONS = 100;
/** Margins must describe the same population: their totals may differ by this relative amount. */
export const MARGIN_TOTAL_TOLERANCE = 1e-6;
/** Trimming repeats clip-and-redistribute at most this often. */
export const DEFAULT_TRIM_MAX_ITERATIONS = 100;

/** A weighting step that cannot be carried out, with what to change. */
export class WeightingError extends Error {
  override name = 'WeightingError';
}

function checkWeights(weights: Float64Array): void {
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (!(w > 0) || !Number.isFinite(w)) {
      throw new WeightingError(`weight ${w} in row ${i} is not a positive finite number`);
    }
  }
}

function checkCategories(categories: Int32Array, rows: number, count: number, what: string): void {
  if (categories.length !== rows) {
    throw new WeightingError(`${what} has ${categories.length} entries for ${rows} rows`);
  }
  for (let i = 0; i < rows; i++) {
    const c = categories[i]!;
    if (c < 0 || c >= count) {
      throw new WeightingError(`${what}: row ${i} has category ${c}, outside 0..${count - 1}`);
    }
  }
}

/**
 * Post-stratification: scale the weights in each cell so they add up to the
 * cell's population count. Every row needs a cell; a cell with population but
 * no sample rows cannot be met and must be collapsed with a neighbour.
 */
export function postStratify(
  weights: Float64Array,
  cells: Int32Array,
  populationCounts: Float64Array,
): Float64Array {
  checkWeights(weights);
  const count = populationCounts.length;
  checkCategories(cells, weights.length, count, 'cells');
  const sampleTotal = new Float64Array(count);
  const sampleRows = new Int32Array(count);
  for (let i = 0; i < weights.length; i++) {
    sampleTotal[cells[i]!] = sampleTotal[cells[i]!]! + weights[i]!;
    sampleRows[cells[i]!]!++;
  }
  const factor = new Float64Array(count);
  for (let c = 0; c < count; c++) {
    const target = populationCounts[c]!;
    if (!(target >= 0) || !Number.isFinite(target)) {
      throw new WeightingError(
        `population count ${target} of cell ${c} is not a non-negative number`,
      );
    }
    if (sampleRows[c] === 0) {
      if (target > 0) {
        throw new WeightingError(
          `cell ${c} has a population of ${target} but no sample rows; collapse it with a similar cell`,
        );
      }
      continue;
    }
    if (target === 0) {
      throw new WeightingError(
        `cell ${c} has ${sampleRows[c]} sample rows but a population of 0; check the cell coding or the counts`,
      );
    }
    factor[c] = target / sampleTotal[c]!;
  }
  const out = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = weights[i]! * factor[cells[i]!]!;
  return out;
}

/** One raking margin: each row's category and the population total per category. */
export interface RakingMargin {
  /** Name used in error messages, e.g. "gender". */
  name: string;
  /** Category of each row, 0..targets.length-1. */
  categories: Int32Array;
  /** Population total per category. */
  targets: Float64Array;
}

/** Convergence controls for raking. */
export interface RakingOptions {
  /** Largest accepted relative distance between a margin total and its target. */
  tolerance?: number;
  /** Largest number of full cycles over the margins. */
  maxIterations?: number;
}

/** Raked weights and how they were reached. */
export interface RakingResult {
  weights: Float64Array;
  /** Full cycles over the margins. */
  iterations: number;
  /** Largest relative distance between a margin total and its target at the end. */
  maxRelativeDeviation: number;
}

/**
 * Raking (iterative proportional fitting): repeatedly scale the weights to each
 * margin in turn until all margins are met within the tolerance. Throws
 * WeightingError when the margins cannot be met: a category with a target but
 * no rows, margins with different totals, or no convergence within the limit
 * (typically because the sample lacks a combination the targets need).
 */
export function rake(
  weights: Float64Array,
  margins: readonly RakingMargin[],
  options: RakingOptions = {},
): RakingResult {
  const tolerance = options.tolerance ?? DEFAULT_RAKING_TOLERANCE;
  const maxIterations = options.maxIterations ?? DEFAULT_RAKING_MAX_ITERATIONS;
  checkWeights(weights);
  if (margins.length === 0) throw new WeightingError('raking needs at least one margin');
  const rows = weights.length;
  let referenceTotal = Number.NaN;
  let referenceName = '';
  for (const margin of margins) {
    checkCategories(margin.categories, rows, margin.targets.length, `margin "${margin.name}"`);
    const present = new Int32Array(margin.targets.length);
    for (let i = 0; i < rows; i++) present[margin.categories[i]!]!++;
    let total = 0;
    margin.targets.forEach((target, c) => {
      if (!(target >= 0) || !Number.isFinite(target)) {
        throw new WeightingError(
          `margin "${margin.name}": target ${target} of category ${c} is not a non-negative number`,
        );
      }
      if (target > 0 && present[c] === 0) {
        throw new WeightingError(
          `margin "${margin.name}": category ${c} has a target of ${target} but no sample rows, so it cannot be met; ` +
            'collapse it with a similar category',
        );
      }
      if (target === 0 && present[c]! > 0) {
        throw new WeightingError(
          `margin "${margin.name}": category ${c} has ${present[c]} sample rows but a target of 0; check the coding`,
        );
      }
      total += target;
    });
    if (Number.isNaN(referenceTotal)) {
      referenceTotal = total;
      referenceName = margin.name;
    } else if (Math.abs(total - referenceTotal) > MARGIN_TOTAL_TOLERANCE * referenceTotal) {
      throw new WeightingError(
        `margins describe different populations: "${referenceName}" adds up to ${referenceTotal}, ` +
          `"${margin.name}" to ${total}`,
      );
    }
  }

  const out = Float64Array.from(weights);
  const deviation = (): { value: number; where: string } => {
    let worst = 0;
    let where = '';
    for (const margin of margins) {
      const totals = new Float64Array(margin.targets.length);
      for (let i = 0; i < rows; i++)
        totals[margin.categories[i]!] = totals[margin.categories[i]!]! + out[i]!;
      margin.targets.forEach((target, c) => {
        if (target === 0) return;
        const d = Math.abs(totals[c]! - target) / target;
        if (d > worst) {
          worst = d;
          where = `margin "${margin.name}" category ${c} (${totals[c]} against a target of ${target})`;
        }
      });
    }
    return { value: worst, where };
  };

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    for (const margin of margins) {
      const totals = new Float64Array(margin.targets.length);
      for (let i = 0; i < rows; i++)
        totals[margin.categories[i]!] = totals[margin.categories[i]!]! + out[i]!;
      const factor = margin.targets.map((target, c) => (totals[c]! > 0 ? target / totals[c]! : 0));
      for (let i = 0; i < rows; i++) out[i] = out[i]! * factor[margin.categories[i]!]!;
    }
    const { value } = deviation();
    if (value <= tolerance)
      return { weights: out, iterations: iteration, maxRelativeDeviation: value };
  }
  const { value, where } = deviation();
  throw new WeightingError(
    `raking did not meet the margins within ${maxIterations} iterations: worst is ${where}, ` +
      `${value.toExponential(2)} relative. The sample probably lacks a combination of categories the ` +
      'targets require; collapse categories or check that the margins belong together',
  );
}

/** Bounds for trimming; give either or both. */
export interface TrimOptions {
  /** Largest allowed weight (e.g. 3.5 times the median weight). */
  upper?: number;
  /** Smallest allowed weight. */
  lower?: number;
  /** Keep each cell's total (e.g. post-strata) instead of only the grand total. */
  cells?: Int32Array;
  /** Largest number of clip-and-redistribute rounds. */
  maxIterations?: number;
}

/** Trimmed weights and what it took. */
export interface TrimResult {
  weights: Float64Array;
  /** Rows held at a bound at the end. */
  trimmed: number;
  iterations: number;
}

/**
 * Trim weights to [lower, upper] and spread what was cut off (or added) over
 * the rows inside the bounds, in proportion to their weights, so the total (per
 * cell, if cells are given) stays the same. Repeats until no weight crosses a
 * bound, since redistribution can push others over.
 */
export function trimWeights(weights: Float64Array, options: TrimOptions): TrimResult {
  checkWeights(weights);
  const upper = options.upper ?? Number.POSITIVE_INFINITY;
  const lower = options.lower ?? 0;
  const maxIterations = options.maxIterations ?? DEFAULT_TRIM_MAX_ITERATIONS;
  if (!(upper > lower))
    throw new WeightingError(`upper bound ${upper} is not above lower bound ${lower}`);
  const rows = weights.length;
  const cells = options.cells ?? new Int32Array(rows);
  let cellCount = 0;
  for (let i = 0; i < rows; i++) cellCount = Math.max(cellCount, cells[i]! + 1);
  checkCategories(cells, rows, cellCount, 'cells');

  const target = new Float64Array(cellCount);
  const size = new Int32Array(cellCount);
  for (let i = 0; i < rows; i++) {
    target[cells[i]!] = target[cells[i]!]! + weights[i]!;
    size[cells[i]!]!++;
  }
  for (let c = 0; c < cellCount; c++) {
    if (size[c]! * upper < target[c]! || size[c]! * lower > target[c]!) {
      throw new WeightingError(
        `cell ${c}: ${size[c]} rows cannot carry a total weight of ${target[c]} within [${lower}, ${upper}]; ` +
          'widen the bounds',
      );
    }
  }

  const out = Float64Array.from(weights);
  const atBound = new Uint8Array(rows);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let crossed = false;
    for (let i = 0; i < rows; i++) {
      if (out[i]! > upper) {
        out[i] = upper;
        atBound[i] = 1;
        crossed = true;
      } else if (out[i]! < lower) {
        out[i] = lower;
        atBound[i] = 1;
        crossed = true;
      }
    }
    // Scale the free rows of each cell so the cell total is restored.
    const fixedTotal = new Float64Array(cellCount);
    const freeTotal = new Float64Array(cellCount);
    for (let i = 0; i < rows; i++) {
      if (atBound[i]) fixedTotal[cells[i]!] = fixedTotal[cells[i]!]! + out[i]!;
      else freeTotal[cells[i]!] = freeTotal[cells[i]!]! + out[i]!;
    }
    for (let i = 0; i < rows; i++) {
      const c = cells[i]!;
      if (atBound[i] || freeTotal[c] === 0) continue;
      out[i] = (out[i]! * (target[c]! - fixedTotal[c]!)) / freeTotal[c]!;
    }
    if (!crossed) {
      let trimmed = 0;
      for (let i = 0; i < rows; i++) trimmed += atBound[i]!;
      return { weights: out, trimmed, iterations: iteration };
    }
  }
  throw new WeightingError(
    `trimming did not settle within ${maxIterations} rounds; widen the bounds`,
  );
}
