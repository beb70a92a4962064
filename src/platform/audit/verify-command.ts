import path from 'node:path';
import { createRuntime } from '../../bootstrap';
import { loadConfig } from '../../config';
import { CHECKPOINT_FOLDER, CheckpointStore } from './audit-checkpoint';
import { AuditKeys } from './audit-key';
import { ensureRekeyed, sealAudit, verifyAudit } from './audit-log';

const REASONS = {
  hash_mismatch: 'event changed, or its link recomputed without the audit key',
  missing_event: 'event missing',
  head_mismatch: 'chain head does not match its last event',
  checkpoint_mismatch: 'event differs from a signed checkpoint',
  tail_cut: 'events missing after this point: the newest checkpoint holds more',
} as const;

/**
 * `weerbaar audit verify`: seal what is committed, then recompute every chain with
 * the keyed link and check it against the signed checkpoints in the data folder.
 * Prints the first bad event of each broken chain; returns 1 when any is broken.
 */
export async function runAuditVerify(_args: string[]): Promise<number> {
  const config = loadConfig();
  const rt = await createRuntime(config);
  try {
    const { db } = rt.deps;
    const keys = await AuditKeys.load(db, rt.deps.keyring);
    for (const chain of (await ensureRekeyed(db, keys)) ?? []) {
      console.log(
        `Re-keyed chain ${chain.organisationId} (${chain.events} events)${chain.brokenAt === null ? '' : `; it was already broken at seq ${chain.brokenAt}`}.`,
      );
    }
    // Link what has been committed but not yet sealed, so every event is checked.
    const sealed = await sealAudit(db, keys);
    const store = new CheckpointStore(path.join(config.dataDir, CHECKPOINT_FOLDER));
    const { anchors, bad } = store.read(keys.publicKey);
    const result = await verifyAudit(db, keys, anchors);
    const checkpoints = [...anchors.values()].reduce((n, list) => n + list.length, 0);
    console.log(
      `Audit log: ${result.chains} chains, ${result.events} events checked against ${checkpoints} checkpoints (${sealed} sealed just now, ${result.pending} still unsealed).`,
    );
    for (const b of result.breaks) {
      console.log(
        `BROKEN: chain ${b.organisationId}, first broken link at seq ${b.seq} (${b.reason}: ${REASONS[b.reason]})`,
      );
    }
    for (const b of bad) {
      console.log(`BROKEN: checkpoint ${b.file} line ${b.line} has no valid signature`);
    }
    const intact = result.breaks.length === 0 && bad.length === 0;
    if (intact) console.log('All chains intact.');
    return intact ? 0 : 1;
  } finally {
    await rt.close();
  }
}
