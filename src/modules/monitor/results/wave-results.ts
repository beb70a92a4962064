import { layoutBarChart, layoutLineChart } from '../../../platform/charts/chart-layout';
import { renderSvg } from '../../../platform/charts/svg-chart';
import { LAYER_LABELS, POPULATION_LABELS, ROLE_LABELS } from '../monitor.vocabulary';
import {
  type Cell,
  estimateWave,
  type IndicatorEstimate,
  type WaveEstimates,
} from './estimate-wave';
import type { TrendIndicator, TrendTable } from './trends';
import type { WaveData } from './wave-data';

/** Text where a cell is suppressed. */
export const SUPPRESSED_TEXT = 'te weinig respondenten';
/** Text where two waves are not comparable. */
export const NOT_COMPARABLE_TEXT = 'niet vergelijkbaar';

/** Response per stratum: approached (invitations, or the frame's sample size) and answered. */
export interface StratumResponse {
  code: string;
  layer: string;
  role: string;
  sizeClass: string;
  population: number;
  approached: number | null;
  responses: number;
  /** Answered / approached; null when nobody was approached through Weerbaar and no sample size is known. */
  rate: number | null;
}

export interface WaveResults {
  wave: WaveData['wave'] & { populationLabel: string };
  response: {
    strata: StratumResponse[];
    approached: number | null;
    responses: number;
    rate: number | null;
  };
  estimates: WaveEstimates;
  charts: {
    id: string;
    indicator: string | null;
    dimension: string | null;
    title: string;
    svg: string;
  }[];
}

/** Response per stratum; invitations sent by Weerbaar take precedence over a frame's sample size. */
export function responseOf(data: WaveData): WaveResults['response'] {
  const counted = new Map<string, number>();
  for (const r of data.responses) counted.set(r.stratumId, (counted.get(r.stratumId) ?? 0) + 1);
  const strata = data.strata.map((s): StratumResponse => {
    const inv = data.invitations.get(s.id);
    const approached = inv ? inv.invited : s.sampleSize;
    const responses = inv ? inv.used : (counted.get(s.id) ?? 0);
    return {
      code: s.code,
      layer: LAYER_LABELS[s.layer].nl,
      role: ROLE_LABELS[s.role].nl,
      sizeClass: s.sizeClass,
      population: s.populationCount,
      approached,
      responses,
      rate: approached ? responses / approached : null,
    };
  });
  const known = strata.filter((s) => s.approached !== null);
  const approached = known.length > 0 ? known.reduce((n, s) => n + s.approached!, 0) : null;
  const answered = known.reduce((n, s) => n + s.responses, 0);
  return {
    strata,
    approached,
    responses: data.responses.length,
    rate: approached ? answered / approached : null,
  };
}

const bar = (label: string, c: Cell) => ({ label, p: c.p, ciLow: c.ciLow, ciHigh: c.ciHigh });

/** Charts for a wave: all indicators at a glance, then each indicator per breakdown. */
export function waveCharts(estimates: WaveEstimates, year: number): WaveResults['charts'] {
  const charts: WaveResults['charts'] = [];
  const overview = layoutBarChart(
    `Alle indicatoren, ${year} (gewogen percentages met 95%-betrouwbaarheidsinterval)`,
    estimates.indicators.map((i) => bar(i.name, i.overall)),
    SUPPRESSED_TEXT,
  );
  charts.push({
    id: `overzicht-${year}`,
    indicator: null,
    dimension: null,
    title: overview.title,
    svg: renderSvg(overview, `overzicht-${year}`),
  });
  for (const ind of estimates.indicators) {
    for (const b of ind.breakdowns) {
      const id = `${ind.key}-${b.dimension}-${year}`;
      const chart = layoutBarChart(
        `${ind.name} naar ${b.label.toLowerCase()}, ${year}`,
        b.categories.map((c) => bar(c.label, c.cell)),
        SUPPRESSED_TEXT,
      );
      charts.push({
        id,
        indicator: ind.key,
        dimension: b.dimension,
        title: chart.title,
        svg: renderSvg(chart, id),
      });
    }
  }
  return charts;
}

/** A wave's full results: response, estimates per indicator and breakdown, and charts. */
export function waveResults(data: WaveData): WaveResults {
  const estimates = estimateWave(data);
  return {
    wave: { ...data.wave, populationLabel: POPULATION_LABELS[data.wave.population].nl },
    response: responseOf(data),
    estimates,
    charts: waveCharts(estimates, data.wave.year),
  };
}

/** One line chart per indicator across waves, broken where waves are not comparable. */
/** One indicator's line over the waves, broken where the definition changed (web and PDF alike). */
export function trendSeries(name: string, ind: TrendIndicator) {
  return {
    name,
    points: ind.points.map((pt, i) => ({
      year: pt.year,
      p: pt.cell?.p ?? null,
      ciLow: pt.cell?.ciLow ?? null,
      ciHigh: pt.cell?.ciHigh ?? null,
      breakBefore: i > 0 && ind.steps[i - 1]?.status === 'not_comparable',
    })),
  };
}

export function trendCharts(
  table: TrendTable,
): { id: string; indicator: string; title: string; svg: string }[] {
  return table.indicators.map((ind) => {
    const id = `trend-${table.population}-${ind.key}`;
    const chart = layoutLineChart(
      `${ind.name}, ${POPULATION_LABELS[table.population].nl.toLowerCase()}, ${table.years[0]}–${table.years[table.years.length - 1]}`,
      [trendSeries(POPULATION_LABELS[table.population].nl, ind)],
      NOT_COMPARABLE_TEXT,
    );
    return { id, indicator: ind.key, title: chart.title, svg: renderSvg(chart, id) };
  });
}

export type { IndicatorEstimate };
