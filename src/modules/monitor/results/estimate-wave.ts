import {
  type CiMethod,
  estimateProportions,
  type Groups,
  type PreparedDesign,
  prepareDesign,
} from '../../../stats';
import { indicatorValue } from '../indicators/indicator-condition';
import { CONFIDENCE_LEVEL } from '../monitor.constants';
import {
  GENDER_LABELS,
  GENDERS,
  LAYER_LABELS,
  LAYERS,
  ROLE_LABELS,
  STRATUM_ROLES,
  sizeRank,
} from '../monitor.vocabulary';
import type { WaveData } from './wave-data';
import { type WeightingSummary, weightWave } from './wave-weights';

/** One estimate: a weighted proportion with its 95% interval, or a suppressed cell. */
export type Cell =
  | {
      suppressed: false;
      /** Respondents in the cell who answered. */
      n: number;
      p: number;
      se: number;
      ciLow: number;
      ciHigh: number;
      df: number;
      method: CiMethod;
    }
  | {
      suppressed: true;
      n: null;
      p: null;
      se: null;
      ciLow: null;
      ciHigh: null;
      df: null;
      method: null;
    };

export type Dimension = 'layer' | 'role' | 'size_class' | 'gender';
export const DIMENSIONS: readonly Dimension[] = ['layer', 'role', 'size_class', 'gender'];
export const DIMENSION_LABELS: Record<Dimension, { nl: string; en: string }> = {
  layer: { nl: 'Bestuurslaag', en: 'Government layer' },
  role: { nl: 'Functie', en: 'Role' },
  size_class: { nl: 'Grootteklasse', en: 'Size class' },
  gender: { nl: 'Geslacht', en: 'Gender' },
};

export interface Breakdown {
  dimension: Dimension;
  label: string;
  categories: { code: string; label: string; cell: Cell }[];
}

export interface IndicatorEstimate {
  key: string;
  name: string;
  description: string;
  baseLabel: string;
  comparabilityKey: string;
  comparabilityNote: string | null;
  overall: Cell;
  breakdowns: Breakdown[];
}

export interface WaveEstimates {
  weighting: WeightingSummary;
  minCellSize: number;
  indicators: IndicatorEstimate[];
}

const SUPPRESSED: Cell = {
  suppressed: true,
  n: null,
  p: null,
  se: null,
  ciLow: null,
  ciHigh: null,
  df: null,
  method: null,
};

/** A cell from an engine estimate; below the minimum cell size nothing but the fact is kept. */
export function toCell(
  e: {
    n: number;
    p: number;
    se: number;
    ciLow: number;
    ciHigh: number;
    df: number;
    method: CiMethod;
  },
  minCellSize: number,
): Cell {
  if (e.n < minCellSize || Number.isNaN(e.p)) return SUPPRESSED;
  return {
    suppressed: false,
    n: e.n,
    p: e.p,
    se: e.se,
    ciLow: e.ciLow,
    ciHigh: e.ciHigh,
    df: e.df,
    method: e.method,
  };
}

/** The categories of one breakdown present in the wave, in a fixed order, and each row's group. */
function groupsFor(
  data: WaveData,
  dimension: Dimension,
): { groups: Groups; categories: { code: string; label: string }[] } {
  const stratumById = new Map(data.strata.map((s) => [s.id, s]));
  let codeOf: (r: WaveData['responses'][number]) => string | null;
  let order: { code: string; label: string }[];
  if (dimension === 'gender') {
    codeOf = (r) => r.gender;
    order = GENDERS.map((g) => ({ code: g, label: GENDER_LABELS[g].nl }));
  } else if (dimension === 'layer') {
    codeOf = (r) => stratumById.get(r.stratumId)!.layer;
    order = LAYERS.map((l) => ({ code: l, label: LAYER_LABELS[l].nl }));
  } else if (dimension === 'role') {
    codeOf = (r) => stratumById.get(r.stratumId)!.role;
    order = STRATUM_ROLES.map((r) => ({ code: r, label: ROLE_LABELS[r].nl }));
  } else {
    // Size classes belong to a layer: "Gemeente 100.000+"; a layer without classes is one group.
    codeOf = (r) => {
      const s = stratumById.get(r.stratumId)!;
      return `${s.layer}:${s.sizeClass}`;
    };
    const seen = new Map<string, string>();
    const ordered = [...data.strata].sort(
      (a, b) =>
        LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) ||
        sizeRank(a.sizeClass) - sizeRank(b.sizeClass),
    );
    for (const s of ordered) {
      const label = LAYER_LABELS[s.layer].nl + (s.sizeClass === 'alle' ? '' : ` ${s.sizeClass}`);
      seen.set(`${s.layer}:${s.sizeClass}`, label);
    }
    order = [...seen].map(([code, label]) => ({ code, label }));
  }
  const present = new Set(data.responses.map(codeOf).filter((c): c is string => c !== null));
  const categories = order.filter((c) => present.has(c.code));
  const position = new Map(categories.map((c, i) => [c.code, i]));
  const index = Int32Array.from(data.responses, (r) => {
    const code = codeOf(r);
    return code === null ? -1 : (position.get(code) ?? -1);
  });
  return { groups: { index, count: categories.length }, categories };
}

/**
 * Weighted estimates with 95% confidence intervals for every indicator of a
 * wave, overall and per breakdown, by the statistics engine: one-stage
 * stratified design, post-stratified weights, Taylor-linearised standard
 * errors, logit intervals (Korn-Graubard where p is 0 or 1). Cells with fewer
 * respondents than the wave's minimum are suppressed.
 */
export function estimateWave(data: WaveData): WaveEstimates {
  const { design, summary } = weightWave(data);
  const minCellSize = data.wave.minCellSize;
  const indicators = [...data.indicators].sort(
    (a, b) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key),
  );
  if (data.responses.length === 0) {
    return {
      weighting: summary,
      minCellSize,
      indicators: indicators.map((ind) => ({
        key: ind.key,
        name: ind.name,
        description: ind.description,
        baseLabel: ind.baseLabel,
        comparabilityKey: ind.comparabilityKey,
        comparabilityNote: ind.comparabilityNote,
        overall: SUPPRESSED,
        breakdowns: [],
      })),
    };
  }
  const prepared: PreparedDesign = prepareDesign(design, 'adjust');
  const breakdownGroups = DIMENSIONS.map((d) => ({ dimension: d, ...groupsFor(data, d) }));
  const options = { level: CONFIDENCE_LEVEL, method: 'logit' as const };

  return {
    weighting: summary,
    minCellSize,
    indicators: indicators.map((ind) => {
      const rule = { key: ind.key, condition: ind.condition, baseCondition: ind.baseCondition };
      const y = Float64Array.from(data.responses, (r) =>
        indicatorValue(rule, r.answers, r.indicatorValues),
      );
      const overall = toCell(estimateProportions(prepared, y, undefined, options)[0]!, minCellSize);
      const breakdowns: Breakdown[] = breakdownGroups
        .filter((b) => b.categories.length > 0)
        .map((b) => {
          const estimates = estimateProportions(prepared, y, b.groups, options);
          return {
            dimension: b.dimension,
            label: DIMENSION_LABELS[b.dimension].nl,
            categories: b.categories.map((c, i) => ({
              ...c,
              cell: toCell(estimates[i + 1]!, minCellSize),
            })),
          };
        });
      return {
        key: ind.key,
        name: ind.name,
        description: ind.description,
        baseLabel: ind.baseLabel,
        comparabilityKey: ind.comparabilityKey,
        comparabilityNote: ind.comparabilityNote,
        overall,
        breakdowns,
      };
    }),
  };
}
