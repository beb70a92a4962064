import { sql } from 'kysely';
import type { Db } from '../../../db/database';

/** The population counts of the latest wave's frame for one population, per layer. */
export interface FramePopulation {
  population: 'office_holders' | 'civil_servants';
  year: number;
  title: string;
  synthetic: boolean;
  layer: 'municipality' | 'province' | 'water_board' | 'central_government';
  count: number;
}

/**
 * Per population (office holders, civil servants): the latest wave with a frame, and
 * its population counts summed per layer. Denominators for national rates (ADR 0036).
 */
export async function latestFramePopulations(db: Db): Promise<FramePopulation[]> {
  const rows = await sql<FramePopulation>`
    with latest as (
      select distinct on (w.population) w.organisation_id, w.id, w.population, w.year, w.title, w.synthetic
      from monitor_wave w
      where exists (select 1 from monitor_stratum s
                    where s.organisation_id = w.organisation_id and s.wave_id = w.id)
      order by w.population, w.year desc, w.created_at desc
    )
    select l.population, l.year, l.title, l.synthetic, s.layer, sum(s.population_count)::int as count
    from latest l
    join monitor_stratum s on s.organisation_id = l.organisation_id and s.wave_id = l.id
    group by l.population, l.year, l.title, l.synthetic, s.layer`.execute(db);
  return rows.rows;
}
