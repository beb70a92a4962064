import type { Db } from '../../../db/database';
import { INSERT_CHUNK_ROWS } from '../monitor.constants';
import { json } from '../monitor.jsonb';
import type { Answers, Gender, ResponseSource } from '../monitor.tables';

export interface InboxEntry {
  organisationId: string;
  waveId: string;
  stratumId: string;
  gender: Gender | null;
  answers: Answers;
  openTextEnc: string | null;
}

export async function insertInbox(db: Db, e: InboxEntry) {
  await db
    .insertInto('monitor_response_inbox')
    .values({
      organisation_id: e.organisationId,
      wave_id: e.waveId,
      stratum_id: e.stratumId,
      gender: e.gender,
      answers: json(e.answers),
      open_text_enc: e.openTextEnc,
    })
    .execute();
}

export async function countInbox(db: Db, organisationId: string, waveId: string): Promise<number> {
  const row = await db
    .selectFrom('monitor_response_inbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('wave_id', '=', waveId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Remove and return every waiting answer of a wave (inside the batch transaction). */
export async function takeInbox(db: Db, organisationId: string, waveId: string) {
  return db
    .deleteFrom('monitor_response_inbox')
    .where('organisation_id', '=', organisationId)
    .where('wave_id', '=', waveId)
    .returning(['stratum_id', 'gender', 'answers', 'open_text_enc'])
    .execute();
}

export interface NewResponse {
  organisationId: string;
  waveId: string;
  stratumId: string;
  source: ResponseSource;
  importId: string | null;
  receivedOn: string | null;
  weight: number | null;
  gender: Gender | null;
  answers: Answers;
  indicatorValues: Record<string, number>;
  openTextEnc: string | null;
}

/** Insert responses in chunks; ids are random (gen_random_uuid), never derived from anything. */
export async function insertResponses(db: Db, rows: NewResponse[]) {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK_ROWS) {
    await db
      .insertInto('monitor_response')
      .values(
        rows.slice(i, i + INSERT_CHUNK_ROWS).map((r) => ({
          organisation_id: r.organisationId,
          wave_id: r.waveId,
          stratum_id: r.stratumId,
          source: r.source,
          import_id: r.importId,
          received_on: r.receivedOn,
          weight: r.weight,
          gender: r.gender,
          answers: json(r.answers),
          indicator_values: json(r.indicatorValues),
          open_text_enc: r.openTextEnc,
        })),
      )
      .execute();
  }
}

/** What estimation needs of each response of a wave (no ids, no free text). */
export async function loadResponses(db: Db, organisationId: string, waveId: string) {
  return db
    .selectFrom('monitor_response')
    .select(['stratum_id', 'weight', 'gender', 'answers', 'indicator_values'])
    .where('organisation_id', '=', organisationId)
    .where('wave_id', '=', waveId)
    .execute();
}

export async function countResponsesPerStratum(db: Db, organisationId: string, waveId: string) {
  const rows = await db
    .selectFrom('monitor_response')
    .select((eb) => ['stratum_id', eb.fn.countAll<number>().as('n')])
    .where('organisation_id', '=', organisationId)
    .where('wave_id', '=', waveId)
    .groupBy('stratum_id')
    .execute();
  return new Map(rows.map((r) => [r.stratum_id, Number(r.n)]));
}
