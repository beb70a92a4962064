/**
 * The sampling stages of a design and the one function every estimator asks
 * for a design variance: given per-row linearisation scores (influence values),
 * their variance under strata, clusters nested in stages, per-stage finite
 * population corrections, the lonely-PSU policy and, for a calibrated design,
 * the calibration residuals. This is R's svyrecvar: calibration residuals
 * first, then `multistage` recursion, where a later stage adds its variance
 * times the sampling fraction n/N of the stage above (so only with an FPC).
 */
import { type CalibrationModel, calibrationResiduals } from './calibration-model';
import { type LonelyPsuPolicy, NEGLIGIBLE_FPC, StatsInputError } from './design';

/**
 * One sampling stage. Stage 0 samples PSUs within strata; stage s > 0 samples
 * units within the units of stage s - 1, which are its groups.
 */
export interface Stage {
  /** Unit of each row at this stage, 0..unitCount-1 (ids made unique within their group). */
  readonly units: Int32Array;
  readonly unitCount: number;
  /** Group of each unit: its stratum (stage 0) or its unit at the stage above. */
  readonly group: Int32Array;
  readonly groupCount: number;
  /** Units sampled per group: n. */
  readonly groupSize: Int32Array;
  /** Factor on the group's sum of squared centred unit totals: f n/(n-1), f for a lone unit, 0 for a census. */
  readonly scale: Float64Array;
  /** Sampling fraction n/N per group (0 without an FPC): the weight of the next stage's variance. */
  readonly fraction: Float64Array;
}

/** One stage's input. */
export interface StageInput {
  /** Cluster id per row for this stage (any codes; nested within the group). */
  ids: Int32Array;
  /** Population number of units in the row's group; omitted = sampled with replacement. */
  population?: Float64Array;
}

/**
 * Build the stages from per-row ids: units are numbered per (group, id), so ids
 * may repeat across strata or parent units, as `nest = TRUE` has it.
 */
export function buildStages(
  strata: Int32Array,
  stratumCount: number,
  inputs: readonly StageInput[],
): Stage[] {
  const rows = strata.length;
  const stages: Stage[] = [];
  let parentOfRow = strata;
  let groupCount = stratumCount;
  inputs.forEach((input, s) => {
    const { ids, population } = input;
    if (ids.length !== rows)
      throw new StatsInputError(`clusters[${s}] has ${ids.length} entries but weights has ${rows}`);
    if (population && population.length !== rows)
      throw new StatsInputError(
        `fpc[${s}] has ${population.length} entries but weights has ${rows}`,
      );
    const units = new Int32Array(rows);
    let idCount = 0;
    for (let i = 0; i < rows; i++) if (ids[i]! >= idCount) idCount = ids[i]! + 1;
    // (group, id) pairs are numbered through a table when it is small, else a Map.
    const table =
      groupCount * idCount <= 1 << 23 ? new Int32Array(groupCount * idCount).fill(-1) : undefined;
    const key = new Map<number, number>();
    const group: number[] = [];
    for (let i = 0; i < rows; i++) {
      const id = ids[i]!;
      if (id < 0)
        throw new StatsInputError(`cluster id in row ${i} at stage ${s + 1} is empty`, i, {
          name: 'clusters',
          stage: s,
        });
      const k = parentOfRow[i]! * (table ? idCount : 4294967296) + id;
      let u = table ? table[k]! : (key.get(k) ?? -1);
      if (u < 0) {
        u = group.length;
        if (table) table[k] = u;
        else key.set(k, u);
        group.push(parentOfRow[i]!);
      }
      units[i] = u;
    }
    const groupSize = new Int32Array(groupCount);
    for (const g of group) groupSize[g]!++;
    const N = new Float64Array(groupCount).fill(Number.NaN);
    if (population) {
      for (let i = 0; i < rows; i++) {
        const g = parentOfRow[i]!;
        const big = population[i]!;
        if (!Number.isFinite(big))
          throw new StatsInputError(`fpc ${big} in row ${i} at stage ${s + 1} is not finite`, i, {
            name: 'fpc',
            stage: s,
          });
        if (Number.isNaN(N[g]!)) {
          if (!(big >= groupSize[g]!)) {
            throw new StatsInputError(
              `fpc ${big} in row ${i} at stage ${s + 1} is smaller than the ${groupSize[g]} units sampled in its group`,
              i,
              { name: 'fpc', stage: s },
            );
          }
          N[g] = big;
        } else if (N[g] !== big) {
          throw new StatsInputError(
            `fpc ${big} in row ${i} at stage ${s + 1} differs from ${N[g]} given earlier for the same group`,
            i,
            { name: 'fpc', stage: s },
          );
        }
      }
    }
    const scale = new Float64Array(groupCount);
    const fraction = new Float64Array(groupCount);
    for (let g = 0; g < groupCount; g++) {
      const n = groupSize[g]!;
      if (n === 0) continue;
      const f = population ? (N[g]! - n) / N[g]! : 1;
      if (population) fraction[g] = n / N[g]!;
      if (f < NEGLIGIBLE_FPC) continue;
      scale[g] = n > 1 ? (f * n) / (n - 1) : f;
    }
    stages.push({
      units,
      unitCount: group.length,
      group: Int32Array.from(group),
      groupCount,
      groupSize,
      scale,
      fraction,
    });
    parentOfRow = units;
    groupCount = group.length;
  });
  return stages;
}

/** Groups with a single unit, per stage (stage 0: strata with one PSU). */
export function lonelyGroups(stage: Stage): number[] {
  const lonely: number[] = [];
  for (let g = 0; g < stage.groupCount; g++) if (stage.groupSize[g] === 1) lonely.push(g);
  return lonely;
}

/** What scoreVariance needs of a design. */
export interface VarianceDesign {
  readonly weights: Float64Array;
  readonly stages: readonly Stage[];
  readonly lonelyPsu: LonelyPsuPolicy;
  readonly calibration?: CalibrationModel;
}

/**
 * The design variance of the total of per-row scores (rows outside a domain
 * score 0 but keep their calibration residual). `scores` is not changed.
 */
export function scoreVariance(design: VarianceDesign, scores: Float64Array): number {
  const x = design.calibration
    ? calibrationResiduals(design.calibration, design.weights, scores)
    : scores;
  const { stages } = design;
  const finest = stages[stages.length - 1]!;
  const unitTotals = new Float64Array(finest.unitCount);
  for (let i = 0; i < x.length; i++) {
    const u = finest.units[i]!;
    unitTotals[u] = unitTotals[u]! + x[i]!;
  }
  return stagedVariance(stages, design.lonelyPsu, unitTotals);
}

/**
 * The multi-stage variance from the score totals of the finest-stage units
 * (R's multistage/onestage/onestrat). `unitTotals` is not changed.
 */
export function stagedVariance(
  stages: readonly Stage[],
  lonelyPsu: LonelyPsuPolicy,
  unitTotals: Float64Array,
): number {
  // Unit totals per stage, from the finest stage up.
  const last = stages.length - 1;
  const totals: Float64Array[] = stages.map((st, s) =>
    s === last ? unitTotals : new Float64Array(st.unitCount),
  );
  for (let s = last; s > 0; s--) {
    const st = stages[s]!;
    const up = totals[s - 1]!;
    const t = totals[s]!;
    for (let u = 0; u < st.unitCount; u++) up[st.group[u]!] = up[st.group[u]!]! + t[u]!;
  }
  let variance = 0;
  // Weight of each group's variance: the product of the sampling fractions above it.
  let multiplier = new Float64Array(stages[0]!.groupCount).fill(1);
  for (let s = 0; s <= last; s++) {
    const st = stages[s]!;
    const t = totals[s]!;
    const sum = new Float64Array(st.groupCount);
    for (let u = 0; u < st.unitCount; u++) sum[st.group[u]!] = sum[st.group[u]!]! + t[u]!;
    const squares = new Float64Array(st.groupCount);
    for (let u = 0; u < st.unitCount; u++) {
      const g = st.group[u]!;
      const n = st.groupSize[g]!;
      // A lone unit is centred at zero under 'adjust' and at itself otherwise.
      const centre = n > 1 ? sum[g]! / n : lonelyPsu === 'adjust' ? 0 : t[u]!;
      const dev = t[u]! - centre;
      squares[g] = squares[g]! + dev * dev;
    }
    let stageVariance = 0;
    for (let g = 0; g < st.groupCount; g++) {
      const m = multiplier[g]!;
      if (m === 0 || st.scale[g] === 0) continue;
      stageVariance += m * st.scale[g]! * squares[g]!;
    }
    variance += stageVariance;
    if (s === last) break;
    // The next stage's groups are this stage's units.
    const next = new Float64Array(st.unitCount);
    let any = false;
    for (let u = 0; u < st.unitCount; u++) {
      const g = st.group[u]!;
      next[u] = multiplier[g]! * st.fraction[g]!;
      if (next[u] !== 0) any = true;
    }
    if (!any) break;
    multiplier = next;
  }
  return variance;
}
