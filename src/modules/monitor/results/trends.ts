import { differenceBetweenWaves } from '../../../stats';
import { CONFIDENCE_LEVEL, SIGNIFICANCE_LEVEL } from '../monitor.constants';
import type { Population } from '../monitor.tables';
import type { Cell, WaveEstimates } from './estimate-wave';

/** One wave's estimates with what a trend needs to know about the wave. */
export interface TrendWave {
  waveId: string;
  year: number;
  synthetic: boolean;
  estimates: WaveEstimates;
}

/** The change from one wave to the next for one indicator. */
export type TrendStep = {
  fromYear: number;
  toYear: number;
} & (
  | {
      status: 'compared';
      difference: number;
      ciLow: number;
      ciHigh: number;
      pValue: number;
      significant: boolean;
    }
  | {
      /** Definition or wording changed: the trend shows "niet vergelijkbaar", no difference. */
      status: 'not_comparable';
      note: string | null;
    }
  | { status: 'suppressed' }
  | { status: 'missing' }
);

export interface TrendIndicator {
  key: string;
  name: string;
  points: {
    year: number;
    waveId: string;
    synthetic: boolean;
    comparabilityKey: string | null;
    cell: Cell | null;
  }[];
  steps: TrendStep[];
  /** Notes on comparability, one per break (e.g. the wording change after 2016). */
  notes: string[];
}

export interface TrendTable {
  population: Population;
  years: number[];
  indicators: TrendIndicator[];
}

/** Default note for a break in comparability without its own explanation. */
const DEFAULT_BREAK_NOTE =
  'De definitie of vraagstelling van deze indicator is gewijzigd; een zuivere vergelijking is niet mogelijk.';

/**
 * Trends across the waves of one population: for every indicator the estimate
 * per year and, between consecutive waves that both measured it, the change
 * with its 95% interval and two-sided p-value (independent samples, normal
 * reference), marked significant below SIGNIFICANCE_LEVEL. Where the
 * comparability keys differ the step is "not comparable" and carries no difference.
 */
export function buildTrends(population: Population, waves: TrendWave[]): TrendTable {
  const sorted = [...waves].sort((a, b) => a.year - b.year);
  const order = new Map<string, { name: string; rank: number }>();
  for (const w of sorted) {
    w.estimates.indicators.forEach((ind, rank) => {
      // The newest wave's name and order win: that is how the indicator is known now.
      order.set(ind.key, { name: ind.name, rank });
    });
  }
  const keys = [...order.keys()].sort((a, b) => order.get(a)!.rank - order.get(b)!.rank);

  const indicators = keys.map((key): TrendIndicator => {
    const points = sorted.map((w) => {
      const ind = w.estimates.indicators.find((i) => i.key === key);
      return {
        year: w.year,
        waveId: w.waveId,
        synthetic: w.synthetic,
        comparabilityKey: ind?.comparabilityKey ?? null,
        cell: ind?.overall ?? null,
        note: ind?.comparabilityNote ?? null,
      };
    });
    const steps: TrendStep[] = [];
    const notes: string[] = [];
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      const span = { fromYear: a.year, toYear: b.year };
      if (!a.cell || !b.cell) {
        steps.push({ ...span, status: 'missing' });
      } else if (a.comparabilityKey !== b.comparabilityKey) {
        const note = b.note ?? a.note ?? DEFAULT_BREAK_NOTE;
        steps.push({ ...span, status: 'not_comparable', note });
        notes.push(`${a.year}–${b.year}: ${note}`);
      } else if (a.cell.suppressed || b.cell.suppressed) {
        steps.push({ ...span, status: 'suppressed' });
      } else {
        const d = differenceBetweenWaves(
          { estimate: a.cell.p, se: a.cell.se, df: a.cell.df },
          { estimate: b.cell.p, se: b.cell.se, df: b.cell.df },
          { level: CONFIDENCE_LEVEL, reference: 'normal' },
        );
        steps.push({
          ...span,
          status: 'compared',
          difference: d.estimate,
          ciLow: d.ciLow,
          ciHigh: d.ciHigh,
          pValue: d.pValue,
          significant: d.pValue < SIGNIFICANCE_LEVEL,
        });
      }
    }
    return {
      key,
      name: order.get(key)!.name,
      points: points.map(({ note: _note, ...p }) => p),
      steps,
      notes,
    };
  });
  return { population, years: sorted.map((w) => w.year), indicators };
}
