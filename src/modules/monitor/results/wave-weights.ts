import { type Design, postStratify } from '../../../stats';
import type { WaveData } from './wave-data';

/** How the respondents of a wave were weighted, for the methodology section. */
export interface WeightingSummary {
  respondents: number;
  /** People in the population according to the frame. */
  populationTotal: number;
  /** People in strata that have respondents: what the weights add up to. */
  populationCovered: number;
  strata: number;
  strataWithRespondents: number;
  /** Codes of strata without a single respondent (not represented). */
  strataWithoutRespondents: string[];
  /** Strata with exactly one respondent (variance by the conservative "adjust" rule). */
  lonelyStrata: number;
  /** Whether the finite population correction was applied. */
  fpc: boolean;
  /** Kish's design effect of the weights: n sum(w^2) / sum(w)^2. */
  weightingEffect: number;
  /** Weights came with the data (imports) before post-stratification. */
  importedWeights: boolean;
}

/** The design the statistics engine gets, with each respondent's stratum position. */
export interface WeightedDesign {
  design: Design;
  summary: WeightingSummary;
}

/**
 * Post-stratify every respondent to the frame: within a stratum the weights
 * (1, or the weight an import supplied) are scaled so they add up to the
 * stratum's population count, so each stratum counts as much as it weighs in
 * the population. Strata without respondents cannot be represented and are
 * listed. The finite population correction uses the same counts, unless a
 * stratum has more respondents than people (a frame error), then none is used.
 */
export function weightWave(data: WaveData): WeightedDesign {
  const rows = data.responses.length;
  const stratumPosition = new Map(data.strata.map((s, i) => [s.id, i]));
  const perStratum = new Int32Array(data.strata.length);
  for (const r of data.responses) {
    const h = stratumPosition.get(r.stratumId);
    if (h === undefined) throw new Error('response in a stratum outside the frame');
    perStratum[h]!++;
  }
  // Cells: only strata with respondents, renumbered 0..k-1.
  const cellOf = new Int32Array(data.strata.length).fill(-1);
  const counts: number[] = [];
  data.strata.forEach((s, h) => {
    if (perStratum[h]! > 0) {
      cellOf[h] = counts.length;
      counts.push(s.populationCount);
    }
  });
  const strata = new Int32Array(rows);
  const base = new Float64Array(rows);
  let importedWeights = false;
  data.responses.forEach((r, i) => {
    strata[i] = cellOf[stratumPosition.get(r.stratumId)!]!;
    base[i] = r.weight ?? 1;
    if (r.weight !== null) importedWeights = true;
  });
  const weights =
    rows > 0 ? postStratify(base, strata, Float64Array.from(counts)) : new Float64Array();

  const fpcValid = data.strata.every((s, h) => perStratum[h]! <= s.populationCount);
  const fpc = fpcValid ? Float64Array.from(strata, (c) => counts[c]!) : undefined;

  let sum = 0;
  let squares = 0;
  for (const w of weights) {
    sum += w;
    squares += w * w;
  }
  const summary: WeightingSummary = {
    respondents: rows,
    populationTotal: data.strata.reduce((n, s) => n + s.populationCount, 0),
    populationCovered: counts.reduce((n, c) => n + c, 0),
    strata: data.strata.length,
    strataWithRespondents: counts.length,
    strataWithoutRespondents: data.strata.filter((_, h) => perStratum[h] === 0).map((s) => s.code),
    lonelyStrata: [...perStratum].filter((n) => n === 1).length,
    fpc: fpc !== undefined,
    weightingEffect: sum > 0 ? (rows * squares) / (sum * sum) : Number.NaN,
    importedWeights,
  };
  return { design: { weights, strata, fpc }, summary };
}
