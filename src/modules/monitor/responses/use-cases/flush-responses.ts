import type { Db } from '../../../../db/database';
import { audit, systemActor } from '../../../../platform/audit/audit';
import { amsterdamDate } from '../../../../platform/time';
import { rewriteInvitations } from '../../invitations/invitations.repository';
import { RESPONSE_BATCH_SIZE } from '../../monitor.constants';
import { countInbox, insertResponses, takeInbox } from '../responses.repository';
import { shuffle } from '../shuffle';

/** Today's date (YYYY-MM-DD) in Dutch time: the only time a response carries. */
export const dayOf = amsterdamDate;

/**
 * Move a wave's waiting answers into its responses, in random order, all with
 * the same date, once at least RESPONSE_BATCH_SIZE are waiting (or always, when
 * `force` — the wave closes). In the same transaction every invitation of the
 * wave is rewritten, so neither row order nor PostgreSQL's per-row transaction
 * ids tie an invitation to the moment its answers arrived. Returns how many moved.
 */
export async function flushResponses(
  db: Db,
  organisationId: string,
  waveId: string,
  options: { force?: boolean; now?: Date } = {},
): Promise<number> {
  const waiting = await countInbox(db, organisationId, waveId);
  if (waiting === 0 || (!options.force && waiting < RESPONSE_BATCH_SIZE)) return 0;
  const run = async (trx: Db) => {
    const entries = shuffle(await takeInbox(trx, organisationId, waveId));
    const receivedOn = dayOf(options.now ?? new Date());
    await insertResponses(
      trx,
      entries.map((e) => ({
        organisationId,
        waveId,
        stratumId: e.stratum_id,
        source: 'survey' as const,
        importId: null,
        receivedOn,
        weight: null,
        gender: e.gender,
        answers: e.answers,
        indicatorValues: {},
        openTextEnc: e.open_text_enc,
      })),
    );
    await rewriteInvitations(trx, organisationId, waveId);
    await audit(trx, systemActor(organisationId), 'monitor.responses.flush', {
      type: 'monitor_wave',
      id: waveId,
    });
    return entries.length;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}
