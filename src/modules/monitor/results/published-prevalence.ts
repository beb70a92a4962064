import type { Db } from '../../../db/database';
import type { Layer, Population } from '../monitor.tables';
import { latestPublishedWave } from '../waves/waves.repository';
import { estimateWave } from './estimate-wave';
import { loadWaveData } from './load-wave-data';

/** The indicator of having experienced aggression or intimidation in the past twelve months. */
export const PREVALENCE_INDICATOR = 'agressie';

/** A published wave's prevalence for a population (and layer), with the frame's denominator. */
export interface PublishedPrevalence {
  waveId: string;
  year: number;
  title: string;
  synthetic: boolean;
  population: Population;
  /** The government layer the figure is for; null: all layers of the wave. */
  layer: Layer | null;
  /** Weighted share with the 95% interval; null when the cell is suppressed. */
  p: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Respondents behind the figure. */
  n: number | null;
  /** People in the sampling frame (for the layer when given): the national denominator. */
  framePopulation: number;
}

/**
 * The prevalence of aggression or intimidation from the Monitor's published wave for a
 * population in a year (the latest published year when none is given), overall or for one
 * government layer. Only published waves count: results are public once published. Null
 * when there is no such wave.
 */
export async function publishedPrevalence(
  db: Db,
  population: Population,
  options: { year?: number; layer?: Layer } = {},
): Promise<PublishedPrevalence | null> {
  const wave = await latestPublishedWave(db, population, options.year);
  if (!wave) return null;
  const data = await loadWaveData(db, wave);
  const indicator = estimateWave(data).indicators.find((i) => i.key === PREVALENCE_INDICATOR);
  const layer = options.layer ?? null;
  const cell = layer
    ? indicator?.breakdowns
        .find((b) => b.dimension === 'layer')
        ?.categories.find((c) => c.code === layer)?.cell
    : indicator?.overall;
  const strata = data.strata.filter((s) => !layer || s.layer === layer);
  return {
    waveId: wave.id,
    year: wave.year,
    title: wave.title,
    synthetic: wave.synthetic,
    population,
    layer,
    p: cell?.p ?? null,
    ciLow: cell?.ciLow ?? null,
    ciHigh: cell?.ciHigh ?? null,
    n: cell?.n ?? null,
    framePopulation: strata.reduce((sum, s) => sum + s.populationCount, 0),
  };
}
