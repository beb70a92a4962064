import type { Db } from '../../../../db/database';
import { listStrata } from '../../frames/frames.repository';
import {
  LAYER_LABELS,
  LAYERS,
  ROLE_LABELS,
  STRATUM_ROLES,
  sizeRank,
} from '../../monitor.vocabulary';
import { countInbox, countResponsesPerStratum } from '../../responses/responses.repository';
import { requireWave } from '../../waves/load-wave';
import { responseRates } from '../invitations.repository';

function byFrameOrder(
  a: { layer: (typeof LAYERS)[number]; role: (typeof STRATUM_ROLES)[number]; size_class: string },
  b: typeof a,
): number {
  return (
    LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) ||
    STRATUM_ROLES.indexOf(a.role) - STRATUM_ROLES.indexOf(b.role) ||
    sizeRank(a.size_class) - sizeRank(b.size_class)
  );
}

/**
 * Response per stratum while the wave runs: invited and answered come from the
 * invitations (`used`), so the rate is live even while answers wait in the
 * inbox for their batch; stored responses are counted separately.
 */
export async function getResponseRates(db: Db, organisationId: string, waveId: string) {
  await requireWave(db, organisationId, waveId);
  const strata = await listStrata(db, organisationId, waveId);
  const rates = new Map(
    (await responseRates(db, organisationId, waveId)).map((r) => [r.stratum_id, r]),
  );
  const stored = await countResponsesPerStratum(db, organisationId, waveId);
  const rows = [...strata].sort(byFrameOrder).map((s) => {
    const r = rates.get(s.id);
    const invited = Number(r?.invited ?? 0);
    const answered = Number(r?.used ?? 0);
    return {
      code: s.code,
      layer: s.layer,
      layerLabel: LAYER_LABELS[s.layer].nl,
      role: s.role,
      roleLabel: ROLE_LABELS[s.role].nl,
      sizeClass: s.size_class,
      population: s.population_count,
      invited,
      answered,
      rate: invited > 0 ? answered / invited : null,
      storedResponses: stored.get(s.id) ?? 0,
      sampleSize: s.sample_size,
    };
  });
  const invited = rows.reduce((n, r) => n + r.invited, 0);
  const answered = rows.reduce((n, r) => n + r.answered, 0);
  return {
    strata: rows,
    invited,
    answered,
    rate: invited > 0 ? answered / invited : null,
    waitingInBatch: await countInbox(db, organisationId, waveId),
  };
}
