import { audit } from '../../../../platform/audit/audit';
import { AppError } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { listStrata } from '../../frames/frames.repository';
import { eraseContactDetails } from '../../invitations/invitations.repository';
import { JOBS } from '../../monitor.jobs-names';
import type { WaveStatus } from '../../monitor.tables';
import { flushResponses } from '../../responses/use-cases/flush-responses';
import { requireWave } from '../load-wave';
import { canTransition, STATUS_LABELS } from '../wave-status';
import { setWaveStatus, updateWave } from '../waves.repository';

/**
 * Move a wave to fielding or closed. Going into the field needs a frame and
 * sends the invitations (a job). Closing stores every waiting answer and
 * erases invitees' addresses and tokens: after fieldwork they serve nothing.
 * Publishing has its own use case (publish-wave.ts).
 */
export async function changeWaveStatus(
  ctx: UseCaseContext,
  waveId: string,
  to: Exclude<WaveStatus, 'published' | 'draft'>,
) {
  const { scope, origin } = ctx;
  const deps = ctx;
  return deps.db.transaction().execute(async (trx) => {
    const wave = await requireWave(trx, scope.organisationId, waveId, true);
    if (!canTransition(wave.status, to)) {
      throw new AppError(
        'invalid_transition',
        `Een meting met de status "${STATUS_LABELS[wave.status].nl.toLowerCase()}" kan niet naar "${STATUS_LABELS[to].nl.toLowerCase()}".`,
        { fields: [{ field: 'body.status', message: 'niet toegestaan vanuit de huidige status' }] },
      );
    }
    if (to === 'fielding') {
      if ((await listStrata(trx, scope.organisationId, waveId)).length === 0) {
        throw new AppError(
          'conflict',
          'Importeer eerst het steekproefkader; zonder strata kan het veldwerk niet starten.',
        );
      }
      await deps.jobs.enqueue(
        trx,
        JOBS.sendInvitations,
        { organisationId: scope.organisationId, waveId },
        { singletonKey: `send:${waveId}` },
      );
    } else {
      await flushResponses(trx, scope.organisationId, waveId, { force: true });
      await eraseContactDetails(trx, scope.organisationId, waveId);
    }
    const row = await setWaveStatus(trx, scope.organisationId, waveId, to);
    await audit(trx, { ...scope, origin }, `monitor.wave.${to === 'fielding' ? 'open' : 'close'}`, {
      type: 'monitor_wave',
      id: waveId,
    });
    return row;
  });
}

/** Change a wave's title, field dates or suppression threshold (not once published). */
export async function editWave(
  ctx: UseCaseContext,
  waveId: string,
  patch: { title?: string; fieldStart?: string; fieldEnd?: string; minCellSize?: number },
) {
  const { scope, origin } = ctx;
  const deps = ctx;
  return deps.db.transaction().execute(async (trx) => {
    const wave = await requireWave(trx, scope.organisationId, waveId, true);
    if (wave.status === 'published') {
      throw new AppError('conflict', 'Een gepubliceerde meting kan niet meer worden gewijzigd.');
    }
    const start = patch.fieldStart ?? wave.field_start;
    const end = patch.fieldEnd ?? wave.field_end;
    if (end < start) {
      throw new AppError(
        'validation_failed',
        'Het veldwerk kan niet eindigen voordat het begint.',
        {
          fields: [{ field: 'body.fieldEnd', message: 'ligt voor het begin van het veldwerk' }],
        },
      );
    }
    const row = await updateWave(trx, scope.organisationId, waveId, {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      field_start: start,
      field_end: end,
      ...(patch.minCellSize !== undefined ? { min_cell_size: patch.minCellSize } : {}),
    });
    await audit(trx, { ...scope, origin }, 'monitor.wave.update', {
      type: 'monitor_wave',
      id: waveId,
    });
    return row;
  });
}
