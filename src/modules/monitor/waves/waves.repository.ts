import type { Db } from '../../../db/database';
import type { Population, WaveStatus } from '../monitor.tables';

export interface NewWave {
  organisationId: string;
  year: number;
  population: Population;
  title: string;
  questionnaireKey: string;
  questionnaireVersionId?: string | null;
  fieldStart: string;
  fieldEnd: string;
  minCellSize: number;
  synthetic?: boolean;
}

export async function insertWave(db: Db, w: NewWave) {
  return db
    .insertInto('monitor_wave')
    .values({
      organisation_id: w.organisationId,
      year: w.year,
      population: w.population,
      title: w.title,
      questionnaire_key: w.questionnaireKey,
      questionnaire_version_id: w.questionnaireVersionId ?? null,
      field_start: w.fieldStart,
      field_end: w.fieldEnd,
      min_cell_size: w.minCellSize,
      synthetic: w.synthetic ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findWave(db: Db, organisationId: string, waveId: string) {
  return db
    .selectFrom('monitor_wave')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', waveId)
    .executeTakeFirst();
}

/** The wave row locked for the rest of the transaction (status changes, imports). */
export async function lockWave(db: Db, organisationId: string, waveId: string) {
  return db
    .selectFrom('monitor_wave')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', waveId)
    .forUpdate()
    .executeTakeFirst();
}

export async function listWaves(
  db: Db,
  organisationId: string,
  filter: { publishedOnly?: boolean; population?: Population } = {},
) {
  let q = db.selectFrom('monitor_wave').selectAll().where('organisation_id', '=', organisationId);
  if (filter.publishedOnly) q = q.where('status', '=', 'published');
  if (filter.population) q = q.where('population', '=', filter.population);
  return q.orderBy('population').orderBy('year', 'desc').execute();
}

export async function setWaveStatus(
  db: Db,
  organisationId: string,
  waveId: string,
  status: WaveStatus,
) {
  return db
    .updateTable('monitor_wave')
    .set({ status })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', waveId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateWave(
  db: Db,
  organisationId: string,
  waveId: string,
  patch: Partial<{
    title: string;
    field_start: string;
    field_end: string;
    min_cell_size: number;
    questionnaire_key: string;
  }>,
) {
  return db
    .updateTable('monitor_wave')
    .set(patch)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', waveId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Counts shown on a wave's page. */
export async function waveCounts(db: Db, organisationId: string, waveId: string) {
  const count = async (
    table: 'monitor_stratum' | 'monitor_invitation' | 'monitor_response' | 'monitor_response_inbox',
  ) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation_id', '=', organisationId)
      .where('wave_id', '=', waveId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const used = await db
    .selectFrom('monitor_invitation')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('wave_id', '=', waveId)
    .where('used', '=', true)
    .executeTakeFirstOrThrow();
  return {
    strata: await count('monitor_stratum'),
    invited: await count('monitor_invitation'),
    answered: Number(used.n),
    pending: await count('monitor_response_inbox'),
    responses: await count('monitor_response'),
  };
}

/** The newest published wave of a population (in `year` when given), of any organisation. */
export async function latestPublishedWave(db: Db, population: Population, year?: number) {
  let q = db
    .selectFrom('monitor_wave')
    .selectAll()
    .where('status', '=', 'published')
    .where('population', '=', population);
  if (year !== undefined) q = q.where('year', '=', year);
  return q.orderBy('year', 'desc').orderBy('created_at', 'desc').executeTakeFirst();
}

/** Years with a published wave, newest first. */
export async function publishedWaveYears(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('monitor_wave')
    .select('year')
    .distinct()
    .where('status', '=', 'published')
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => r.year);
}
