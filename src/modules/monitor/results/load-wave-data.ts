import type { Db } from '../../../db/database';
import { listStrata } from '../frames/frames.repository';
import { listIndicators, toDefinition } from '../indicators/indicators.repository';
import { responseRates } from '../invitations/invitations.repository';
import type { WaveRow } from '../monitor.tables';
import { loadResponses } from '../responses/responses.repository';
import type { WaveData } from './wave-data';

/** Load one wave's frame, responses, indicators and invitation counts for estimation. */
export async function loadWaveData(db: Db, wave: WaveRow): Promise<WaveData> {
  const orgId = wave.organisation_id;
  const [strata, responses, indicators, rates] = [
    await listStrata(db, orgId, wave.id),
    await loadResponses(db, orgId, wave.id),
    await listIndicators(db, orgId, wave.id),
    await responseRates(db, orgId, wave.id),
  ];
  return {
    wave: {
      id: wave.id,
      year: wave.year,
      population: wave.population,
      title: wave.title,
      status: wave.status,
      synthetic: wave.synthetic,
      minCellSize: wave.min_cell_size,
      fieldStart: wave.field_start,
      fieldEnd: wave.field_end,
    },
    strata: strata.map((s) => ({
      id: s.id,
      code: s.code,
      layer: s.layer,
      role: s.role,
      sizeClass: s.size_class,
      populationCount: s.population_count,
      sampleSize: s.sample_size,
    })),
    responses: responses.map((r) => ({
      stratumId: r.stratum_id,
      weight: r.weight,
      gender: r.gender,
      answers: r.answers,
      indicatorValues: r.indicator_values,
    })),
    indicators: indicators.map(toDefinition),
    invitations: new Map(
      rates.map((r) => [r.stratum_id, { invited: Number(r.invited), used: Number(r.used) }]),
    ),
  };
}
