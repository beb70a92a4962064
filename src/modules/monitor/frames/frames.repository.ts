import type { Db } from '../../../db/database';
import type { FrameStratum } from './frame-csv';

export async function listStrata(db: Db, organisationId: string, waveId: string) {
  return db
    .selectFrom('monitor_stratum')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('wave_id', '=', waveId)
    .orderBy('layer')
    .orderBy('role')
    .orderBy('size_class')
    .execute();
}

/** Strata of the wave that invitations or responses point at (they cannot be removed). */
export async function strataInUse(
  db: Db,
  organisationId: string,
  waveId: string,
): Promise<Set<string>> {
  const used = new Set<string>();
  for (const table of [
    'monitor_invitation',
    'monitor_response',
    'monitor_response_inbox',
  ] as const) {
    const rows = await db
      .selectFrom(table)
      .select('stratum_id')
      .distinct()
      .where('organisation_id', '=', organisationId)
      .where('wave_id', '=', waveId)
      .execute();
    for (const r of rows) used.add(r.stratum_id);
  }
  return used;
}

export async function insertStrata(
  db: Db,
  organisationId: string,
  waveId: string,
  strata: FrameStratum[],
) {
  if (strata.length === 0) return;
  await db
    .insertInto('monitor_stratum')
    .values(
      strata.map((s) => ({
        organisation_id: organisationId,
        wave_id: waveId,
        code: s.code,
        layer: s.layer,
        role: s.role,
        size_class: s.sizeClass,
        population_count: s.populationCount,
        sample_size: s.sampleSize,
      })),
    )
    .execute();
}

export async function updateStratum(
  db: Db,
  organisationId: string,
  stratumId: string,
  s: FrameStratum,
) {
  await db
    .updateTable('monitor_stratum')
    .set({
      layer: s.layer,
      role: s.role,
      size_class: s.sizeClass,
      population_count: s.populationCount,
      sample_size: s.sampleSize,
    })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', stratumId)
    .execute();
}

export async function deleteStrata(db: Db, organisationId: string, ids: string[]) {
  if (ids.length === 0) return;
  await db
    .deleteFrom('monitor_stratum')
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .execute();
}
