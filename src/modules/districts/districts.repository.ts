/** SQL of districts: an organisation's wijken and buurten, their outlines and context figures. */

import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { ParsedBoundaries } from './boundaries';
import type { FigureLine } from './figures';

export async function findMap(db: Db, organisationId: string) {
  return db
    .selectFrom('district_map')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** The districts of an organisation by name; with `withPaths`, their outlines too. */
export async function listDistricts(db: Db, organisationId: string) {
  return db
    .selectFrom('district')
    .select(['code', 'level', 'name', 'figures', 'path', 'centre_x', 'centre_y'])
    .where('organisation_id', '=', organisationId)
    .orderBy('name')
    .orderBy('code')
    .execute();
}

export async function findDistrict(db: Db, organisationId: string, code: string) {
  return db
    .selectFrom('district')
    .select(['code', 'level', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/**
 * Replace the outlines: areas not in the new file go, the others get the new name and path
 * and keep their context figures.
 */
export async function replaceBoundaries(
  trx: Db,
  organisationId: string,
  parsed: ParsedBoundaries,
  fileName: string | null,
): Promise<void> {
  const codes = parsed.districts.map((d) => d.code);
  await trx
    .deleteFrom('district')
    .where('organisation_id', '=', organisationId)
    .where('code', 'not in', codes)
    .execute();
  for (const d of parsed.districts) {
    const values = {
      level: d.level,
      name: d.name,
      path: d.path,
      centre_x: d.centre[0],
      centre_y: d.centre[1],
    };
    await trx
      .insertInto('district')
      .values({ organisation_id: organisationId, code: d.code, ...values })
      .onConflict((oc) => oc.columns(['organisation_id', 'code']).doUpdateSet(values))
      .execute();
  }
  const map = {
    width: parsed.width,
    height: parsed.height,
    source_format: parsed.format,
    source_crs: parsed.crs,
    file_name: fileName,
    boundaries_loaded_at: new Date(),
  };
  await trx
    .insertInto('district_map')
    .values({ organisation_id: organisationId, ...map })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(map))
    .execute();
}

/** Store the context figures per code (the caller checked every code exists). */
export async function saveFigures(
  trx: Db,
  organisationId: string,
  lines: readonly FigureLine[],
  fileName: string | null,
): Promise<void> {
  await trx
    .updateTable('district')
    .set({ figures: sql`'{}'::jsonb` })
    .where('organisation_id', '=', organisationId)
    .execute();
  for (const line of lines) {
    await trx
      .updateTable('district')
      .set({ figures: sql`${JSON.stringify(line.figures)}::jsonb` })
      .where('organisation_id', '=', organisationId)
      .where('code', '=', line.code)
      .execute();
  }
  await trx
    .updateTable('district_map')
    .set({ figures_file_name: fileName, figures_loaded_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .execute();
}
