import { defaultIndicators } from '../indicators/default-indicators';
import type { WaveData } from '../results/wave-data';
import type { SyntheticWave } from './synthetic-waves';

/** The generated wave as the estimation sees it after loading. */
export function syntheticWaveData(w: SyntheticWave): WaveData {
  const strata = w.frame.map((s, i) => ({ id: `s${i}`, ...s }));
  const idOf = new Map(strata.map((s) => [s.code, s.id]));
  return {
    wave: {
      id: `${w.population}-${w.year}`,
      year: w.year,
      population: w.population,
      title: `Monitor ${w.year}`,
      status: 'closed',
      synthetic: true,
      minCellSize: 30,
      fieldStart: `${w.year}-01-10`,
      fieldEnd: `${w.year}-03-01`,
    },
    strata,
    responses: w.respondents.map((r) => ({
      stratumId: idOf.get(r.stratumCode)!,
      weight: null,
      gender: r.gender,
      answers: r.answers,
      indicatorValues: {},
    })),
    indicators: defaultIndicators(w.questionnaireKey, w.population),
    invitations: new Map(),
  };
}
