import type { Db } from '../../../db/database';
import { json } from '../monitor.jsonb';
import type { ImportFormat } from '../monitor.tables';
import type { ImportIssue } from './import-issue';
import type { MicrodataMapping } from './map-microdata';

export async function insertImport(
  db: Db,
  values: {
    organisationId: string;
    waveId: string;
    format: ImportFormat;
    fileEnc: Buffer;
    mapping: MicrodataMapping;
    totalRows: number;
    notes: string[];
    createdBy: string;
  },
) {
  return db
    .insertInto('monitor_import')
    .values({
      organisation_id: values.organisationId,
      wave_id: values.waveId,
      format: values.format,
      file_enc: values.fileEnc,
      mapping: json(values.mapping),
      total_rows: values.totalRows,
      notes: json(values.notes),
      created_by: values.createdBy,
      finished_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findImport(db: Db, organisationId: string, importId: string) {
  return db
    .selectFrom('monitor_import')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', importId)
    .executeTakeFirst();
}

export async function listImports(db: Db, organisationId: string, waveId: string) {
  return db
    .selectFrom('monitor_import')
    .select([
      'organisation_id',
      'id',
      'wave_id',
      'format',
      'status',
      'phase',
      'processed_rows',
      'total_rows',
      'imported_rows',
      'errors',
      'notes',
      'created_at',
      'finished_at',
    ])
    .where('organisation_id', '=', organisationId)
    .where('wave_id', '=', waveId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Claim a queued import for running; false when another worker has it or it is done. */
export async function startRunning(
  db: Db,
  organisationId: string,
  importId: string,
): Promise<boolean> {
  const r = await db
    .updateTable('monitor_import')
    .set({ status: 'running', phase: 'validating' })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', importId)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setProgress(
  db: Db,
  organisationId: string,
  importId: string,
  processed: number,
  phase?: string,
) {
  await db
    .updateTable('monitor_import')
    .set({ processed_rows: processed, ...(phase ? { phase } : {}) })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', importId)
    .execute();
}

export async function finishImport(
  db: Db,
  organisationId: string,
  importId: string,
  imported: number,
  total: number,
) {
  await db
    .updateTable('monitor_import')
    .set({
      status: 'done',
      phase: 'done',
      imported_rows: imported,
      processed_rows: total,
      file_enc: null,
      finished_at: new Date(),
    })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', importId)
    .execute();
}

/** Mark an import failed with its issues; the uploaded file is erased either way. */
export async function failImport(
  db: Db,
  organisationId: string,
  importId: string,
  issues: ImportIssue[],
  more: number,
) {
  await db
    .updateTable('monitor_import')
    .set({
      status: 'failed',
      phase: 'failed',
      errors: json({ issues, more }),
      file_enc: null,
      finished_at: new Date(),
    })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', importId)
    .execute();
}
