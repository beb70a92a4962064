import { audit } from '../../../../platform/audit/audit';
import { AppError } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { ImportError, importProblem } from '../../imports/import-issue';
import { requireStatus, requireWave } from '../../waves/load-wave';
import { parseFrameCsv } from '../frame-csv';
import {
  deleteStrata,
  insertStrata,
  listStrata,
  strataInUse,
  updateStratum,
} from '../frames.repository';

/**
 * Replace a wave's sampling frame from a CSV file, all or nothing: strata with
 * the same code are updated, new ones added, missing ones removed — unless
 * invitations or responses point at them, then nothing changes at all.
 */
export async function importFrame(ctx: UseCaseContext, waveId: string, bytes: Uint8Array) {
  const { db, scope, origin } = ctx;
  return db.transaction().execute(async (trx) => {
    const wave = await requireWave(trx, scope.organisationId, waveId, true);
    requireStatus(wave, (s) => s !== 'published', 'Het steekproefkader vervangen');
    let parsed: ReturnType<typeof parseFrameCsv>;
    try {
      parsed = parseFrameCsv(bytes, wave.population);
    } catch (error) {
      if (error instanceof ImportError) throw importProblem(error);
      throw error;
    }
    const existing = await listStrata(trx, scope.organisationId, waveId);
    const inUse = await strataInUse(trx, scope.organisationId, waveId);
    const byCode = new Map(existing.map((s) => [s.code, s]));
    const incoming = new Set(parsed.map((s) => s.code));
    const blocked = existing
      .filter((s) => !incoming.has(s.code) && inUse.has(s.id))
      .map((s) => s.code);
    if (blocked.length > 0) {
      throw new AppError(
        'conflict',
        `Het nieuwe kader mist strata waar al uitnodigingen of antwoorden bij horen: ${blocked.join(', ')}. ` +
          'Neem deze strata op in het bestand (met hun code); er is niets gewijzigd.',
        { fields: [{ field: 'file', message: `ontbrekende strata: ${blocked.join(', ')}` }] },
      );
    }
    await deleteStrata(
      trx,
      scope.organisationId,
      existing.filter((s) => !incoming.has(s.code)).map((s) => s.id),
    );
    for (const s of parsed.filter((p) => byCode.has(p.code))) {
      await updateStratum(trx, scope.organisationId, byCode.get(s.code)!.id, s);
    }
    await insertStrata(
      trx,
      scope.organisationId,
      waveId,
      parsed.filter((p) => !byCode.has(p.code)),
    );
    await audit(trx, { ...scope, origin }, 'monitor.frame.import', {
      type: 'monitor_wave',
      id: waveId,
    });
    return listStrata(trx, scope.organisationId, waveId);
  });
}
