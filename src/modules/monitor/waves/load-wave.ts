import type { Db } from '../../../db/database';
import { AppError, notFound } from '../../../platform/errors/app-error';
import type { WaveRow, WaveStatus } from '../monitor.tables';
import { STATUS_LABELS } from './wave-status';
import { findWave, lockWave } from './waves.repository';

/** The wave of this organisation, or 404 (another organisation's wave is not confirmed to exist). */
export async function requireWave(
  db: Db,
  organisationId: string,
  waveId: string,
  lock = false,
): Promise<WaveRow> {
  const wave = lock
    ? await lockWave(db, organisationId, waveId)
    : await findWave(db, organisationId, waveId);
  if (!wave) throw notFound('Deze meting');
  return wave;
}

/** 409 unless the wave is in a status the action allows. */
export function requireStatus(
  wave: WaveRow,
  allowed: (status: WaveStatus) => boolean,
  action: string,
): void {
  if (!allowed(wave.status)) {
    throw new AppError(
      'conflict',
      `${action} kan niet bij een meting met de status "${STATUS_LABELS[wave.status].nl.toLowerCase()}".`,
    );
  }
}
