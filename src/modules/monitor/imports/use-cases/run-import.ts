import { audit, systemActor } from '../../../../platform/audit/audit';
import type { AppDeps } from '../../../../platform/deps';
import { listStrata } from '../../frames/frames.repository';
import { listIndicators } from '../../indicators/indicators.repository';
import { countResponsesPerStratum, insertResponses } from '../../responses/responses.repository';
import { requireWave } from '../../waves/load-wave';
import { acceptsImports } from '../../waves/wave-status';
import { ImportError } from '../import-issue';
import {
  failImport,
  findImport,
  finishImport,
  setProgress,
  startRunning,
} from '../imports.repository';
import { type MicrodataMapping, mapRows, resolveMapping } from '../map-microdata';
import { readMicrodata } from '../microdata';

/**
 * The import job: check every row (writing progress as it goes), then store
 * all responses in one transaction, or none. A file with problems ends as
 * "failed" with every problem (line/case and column); nothing of it remains.
 */
export async function runImport(
  deps: Pick<AppDeps, 'db' | 'keyring' | 'logger'>,
  organisationId: string,
  importId: string,
): Promise<void> {
  const { db } = deps;
  if (!(await startRunning(db, organisationId, importId))) return;
  const job = await findImport(db, organisationId, importId);
  if (!job?.file_enc) return;
  try {
    const bytes = await deps.keyring.decryptBytes(db, organisationId, job.file_enc);
    const table = readMicrodata(bytes);
    const strata = await listStrata(db, organisationId, job.wave_id);
    const indicatorKeys = (await listIndicators(db, organisationId, job.wave_id)).map((i) => i.key);
    const resolved = resolveMapping(table, job.mapping as MicrodataMapping, indicatorKeys);
    const mapped = await mapRows(
      table,
      resolved,
      {
        strata: new Map(strata.map((s) => [s.code.toLowerCase(), s.id])),
        indicatorKeys,
        existingPerStratum: await countResponsesPerStratum(db, organisationId, job.wave_id),
      },
      (processed) => setProgress(db, organisationId, importId, processed),
    );
    await setProgress(db, organisationId, importId, table.rows.length, 'saving');
    await db.transaction().execute(async (trx) => {
      const wave = await requireWave(trx, organisationId, job.wave_id, true);
      if (!acceptsImports(wave.status)) {
        throw new ImportError([
          {
            line: null,
            column: null,
            message: 'De meting is intussen in het veld of gepubliceerd; importeren kan niet meer.',
          },
        ]);
      }
      await insertResponses(
        trx,
        mapped.map((m) => ({
          organisationId,
          waveId: job.wave_id,
          stratumId: m.stratumId,
          source: 'import' as const,
          importId,
          receivedOn: null,
          weight: m.weight,
          gender: m.gender,
          answers: {},
          indicatorValues: m.indicatorValues,
          openTextEnc: null,
        })),
      );
      await finishImport(trx, organisationId, importId, mapped.length, table.rows.length);
      await audit(trx, systemActor(organisationId), 'monitor.import.finish', {
        type: 'monitor_import',
        id: importId,
      });
    });
    deps.logger.info({ importId, rows: mapped.length }, 'monitor import finished');
  } catch (error) {
    if (error instanceof ImportError) {
      await failImport(db, organisationId, importId, error.issues, error.more);
    } else {
      deps.logger.error({ err: error, importId }, 'monitor import failed');
      await failImport(
        db,
        organisationId,
        importId,
        [
          {
            line: null,
            column: null,
            message:
              'Het importeren is onverwacht mislukt; er is niets opgeslagen. Probeer het opnieuw.',
          },
        ],
        0,
      );
    }
  }
}
