import { audit } from '../../../../platform/audit/audit';
import { AppError } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { listIndicators } from '../../indicators/indicators.repository';
import { JOBS } from '../../monitor.jobs-names';
import { requireStatus, requireWave } from '../../waves/load-wave';
import { acceptsImports } from '../../waves/wave-status';
import { ImportError, importProblem } from '../import-issue';
import { insertImport } from '../imports.repository';
import { type MicrodataMapping, resolveMapping } from '../map-microdata';
import { readMicrodata } from '../microdata';

/**
 * Accept a microdata file (CSV or SPSS .sav) for a wave. The file is read and
 * the column mapping checked now, so a broken file or a missing weight or
 * stratum column is answered at once (400, naming line/case and column).
 * Checking every row and storing the responses is a job whose progress the
 * page polls (run-import.ts). The file is kept encrypted until the job is done.
 */
export async function startImport(
  ctx: UseCaseContext,
  waveId: string,
  bytes: Buffer,
  mapping: MicrodataMapping,
) {
  const { scope, origin } = ctx;
  const deps = ctx;
  return deps.db.transaction().execute(async (trx) => {
    const wave = await requireWave(trx, scope.organisationId, waveId, true);
    requireStatus(wave, acceptsImports, 'Microdata importeren');
    const indicatorKeys = (await listIndicators(trx, scope.organisationId, waveId)).map(
      (i) => i.key,
    );
    if (indicatorKeys.length === 0) {
      throw new AppError('conflict', 'Deze meting heeft nog geen indicatoren; leg die eerst vast.');
    }
    let resolved: ReturnType<typeof resolveMapping>;
    let table: ReturnType<typeof readMicrodata>;
    try {
      table = readMicrodata(bytes);
      resolved = resolveMapping(table, mapping, indicatorKeys);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      // Mapping problems carry the request field in `column`; file problems name line and column.
      const mappingIssue = error.issues.every((i) => i.column?.startsWith('body.'));
      if (mappingIssue) {
        throw new AppError('validation_failed', error.message, {
          fields: error.issues.map((i) => ({ field: i.column!, message: i.message })),
        });
      }
      throw importProblem(error);
    }
    const row = await insertImport(trx, {
      organisationId: scope.organisationId,
      waveId,
      format: table.format,
      fileEnc: await deps.keyring.encryptBytes(trx, scope.organisationId, bytes),
      mapping: {
        stratumColumn: resolved.stratum.name,
        weightColumn: resolved.weight.name,
        genderColumn: resolved.gender?.name ?? null,
        indicatorColumns: Object.fromEntries(resolved.indicators.map((i) => [i.key, i.name])),
      },
      totalRows: table.rows.length,
      notes: [...table.notes, ...resolved.notes],
      createdBy: scope.actorId,
    });
    await deps.jobs.enqueue(trx, JOBS.runImport, {
      organisationId: scope.organisationId,
      importId: row.id,
    });
    await audit(trx, { ...scope, origin }, 'monitor.import.start', {
      type: 'monitor_import',
      id: row.id,
    });
    return row;
  });
}
