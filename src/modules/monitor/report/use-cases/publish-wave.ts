import type { Db } from '../../../../db/database';
import { audit, type OrganisationActor } from '../../../../platform/audit/audit';
import { AppError } from '../../../../platform/errors/app-error';
import { finiteNumbers } from '../../monitor.presenter';
import { dayOf } from '../../responses/use-cases/flush-responses';
import { loadWaveData } from '../../results/load-wave-data';
import { computeTrends } from '../../results/use-cases/get-results';
import { waveResults } from '../../results/wave-results';
import { requireWave } from '../../waves/load-wave';
import { canTransition } from '../../waves/wave-status';
import { setWaveStatus } from '../../waves/waves.repository';
import { savePublication } from '../publications.repository';
import { buildReport } from '../report-model';

/**
 * Publish a closed wave: compute its figures and the trend up to its year,
 * store them as the publication's snapshot and mark the wave published.
 * Publishing again refreshes the snapshot (e.g. after an earlier wave was added).
 */
export async function publishWave(
  db: Db,
  scope: OrganisationActor,
  waveId: string,
  origin: string,
  now = new Date(),
) {
  return db.transaction().execute(async (trx) => {
    const wave = await requireWave(trx, scope.organisationId, waveId, true);
    if (!canTransition(wave.status, 'published')) {
      throw new AppError(
        'invalid_transition',
        'Sluit de meting eerst af; alleen een gesloten meting kan worden gepubliceerd.',
      );
    }
    const data = await loadWaveData(trx, wave);
    if (data.responses.length === 0) {
      throw new AppError(
        'conflict',
        'Deze meting heeft nog geen antwoorden; er valt niets te publiceren.',
      );
    }
    const results = waveResults(data);
    // The trend as researchers see it, including this wave (it becomes published now).
    const trend = await computeTrends(
      trx,
      { organisationId: scope.organisationId, roles: new Set(['researcher']) },
      wave.population,
      wave.year,
    );
    const { charts: _charts, ...table } = trend;
    const content = finiteNumbers(buildReport(results, table, dayOf(now)));
    const row = await savePublication(trx, {
      organisationId: scope.organisationId,
      waveId,
      title: wave.title,
      content,
      publishedBy: scope.actorId,
    });
    await setWaveStatus(trx, scope.organisationId, waveId, 'published');
    await audit(trx, { ...scope, origin }, 'monitor.wave.publish', {
      type: 'monitor_publication',
      id: row.id,
    });
    return row;
  });
}
