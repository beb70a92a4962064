/**
 * The design of `weerbaar stats estimate` from the file's columns: strata,
 * clusters per stage with their FPC, the lonely-PSU policy and calibration.
 * Library errors that name a row become CsvErrors naming the line and column.
 */
import { calibrateDesign } from '../calibration';
import {
  type LonelyPsuPolicy,
  type PreparedDesign,
  prepareDesign,
  StatsInputError,
} from '../design';
import { buildStages } from '../design-stages';
import { calibrationVariables, type TotalsVariable } from './calibration-totals';
import type { EstimateCommandOptions } from './estimate-arguments';
import type { ColumnLayout } from './estimate-columns';
import { CsvError, type CsvTable } from './read-csv';

/** Per-stage population sizes from the --fpc columns of a cluster design (fractions converted). */
function stagePopulations(
  table: CsvTable,
  layout: ColumnLayout,
  strata: Int32Array,
  stratumCount: number,
  clusters: Int32Array[],
): Float64Array[] | undefined {
  if (layout.fpc.length === 0) return undefined;
  // Units per group, needed only to turn sampling fractions into population sizes.
  let stages: ReturnType<typeof buildStages> | undefined;
  return layout.fpc.map((c, s) => {
    const fpc = table.numbers.get(c)!;
    let fractions = true;
    for (let i = 0; i < table.rows; i++) {
      const f = fpc[i]!;
      if (!(f > 0) || !Number.isFinite(f)) {
        const what = Number.isNaN(f)
          ? 'the fpc is empty'
          : f > 0
            ? `the fpc ${f} is not a finite number`
            : `the fpc ${f} is not greater than 0`;
        throw new CsvError(
          `${what} (row ${i + 1}); give the population number of units at stage ${s + 1}`,
          table.lines[i],
          table.header[c],
          c + 1,
        );
      }
      if (f > 1) fractions = false;
    }
    if (!fractions) return fpc;
    // As R's survey: a fraction f means a population of n / f units in the group.
    stages ??= buildStages(
      strata,
      stratumCount,
      clusters.map((ids) => ({ ids })),
    );
    const group = s === 0 ? strata : stages[s - 1]!.units;
    const size = stages[s]!.groupSize;
    return fpc.map((f, i) => size[group[i]!]! / f);
  });
}

/**
 * Under --lonely fail, a PSU with a single SSU (or any group with one unit
 * below stage 1) stops the command, as R's multistage does when an FPC makes
 * the later stages count. Stage 1 is checked by the caller, naming the strata.
 */
function refuseLonelyLaterStage(
  table: CsvTable,
  layout: ColumnLayout,
  design: PreparedDesign,
): void {
  const stages = design.stages ?? [];
  for (let s = 1; s < stages.length; s++) {
    const stage = stages[s]!;
    const above = stages[s - 1]!;
    for (let i = 0; i < table.rows; i++) {
      if (stage.groupSize[above.units[i]!] === 1) {
        const c = layout.cluster[s]!;
        throw new CsvError(
          `the stage-${s} unit of row ${i + 1} holds a single stage-${s + 1} unit, so its variance ` +
            'cannot be estimated (--lonely fail); merge it with a similar unit, or pass --lonely adjust',
          table.lines[i],
          table.header[c],
          c + 1,
        );
      }
    }
  }
}

/** Prepare (and calibrate) the design; `policy` is the lonely-PSU policy to apply. */
export function buildDesign(
  table: CsvTable,
  layout: ColumnLayout,
  options: EstimateCommandOptions,
  population: Float64Array | undefined,
  policy: LonelyPsuPolicy,
  totals: readonly TotalsVariable[] | undefined,
): PreparedDesign {
  const strata = table.categories.get(layout.strata)!;
  const weights = table.numbers.get(layout.weight)!;
  const clusters = layout.cluster.map((c) => table.categories.get(c)!.codes);
  try {
    const fpc = clusters.length
      ? stagePopulations(table, layout, strata.codes, strata.levels.length, clusters)
      : population;
    let design = prepareDesign(
      { weights, strata: strata.codes, clusters: clusters.length ? clusters : undefined, fpc },
      policy,
    );
    if (options.lonely === 'fail' && layout.fpc.length > 0)
      refuseLonelyLaterStage(table, layout, design);
    if (totals) {
      design = calibrateDesign(design, {
        method: options.calibrateMethod,
        variables: calibrationVariables(
          totals,
          table,
          layout.calibration.map((v) => v.column),
        ),
      });
    }
    return design;
  } catch (error) {
    if (error instanceof StatsInputError && error.row !== undefined && error.field) {
      const { name, stage } = error.field;
      const c =
        name === 'weights'
          ? layout.weight
          : name === 'fpc'
            ? (layout.fpc[stage] ?? layout.fpc[0]!)
            : layout.cluster[stage]!;
      throw new CsvError(
        `${error.message.replace(/ in row \d+/, '')} (row ${error.row + 1})`,
        table.lines[error.row],
        table.header[c],
        c + 1,
      );
    }
    throw error;
  }
}
