import type { Logger } from 'pino';
import type { Db } from '../../db/database';
import type { KeyRing } from '../crypto/keyring';
import { BackgroundLoop, type LoopHealth } from '../jobs/background-loop';
import { type Checkpoint, CheckpointStore } from './audit-checkpoint';
import { AuditKeys } from './audit-key';
import { ensureRekeyed, sealAudit } from './audit-log';

/** How often committed events are linked into their chains. */
export const SEAL_EVERY_MS = 1_000;
/** A sealing run this long is stuck (a lock held elsewhere, a dead connection). */
const SEAL_STALL_MS = 60_000;
/** A checkpoint is written after this many sealed events… */
export const CHECKPOINT_EVERY_EVENTS = 1_000;
/** …or this long after the previous one, when anything was sealed in between. */
export const CHECKPOINT_EVERY_MS = 5 * 60_000;

export interface AuditSealerOptions {
  /** Folder of the checkpoint files (`<data folder>/audit-checkpoints`). */
  checkpointDir: string;
  everyMs?: number;
  /** Called with the checkpoints just written, e.g. to mail them; its errors are logged. */
  onCheckpoints?: (checkpoints: Checkpoint[], keys: AuditKeys) => Promise<void>;
}

/**
 * Seals the audit log in the background, once a second, and once more on stop
 * so a clean shutdown leaves nothing unsealed. Every so many events or minutes it
 * anchors the chain heads in signed checkpoint files outside the database. A run
 * that is still busy is not started again.
 */
export class AuditSealer {
  private readonly loop: BackgroundLoop;
  private keys: AuditKeys | null = null;
  private readonly store: CheckpointStore;
  private sinceCheckpoint = 0;
  private lastCheckpointAt: number | null = null;
  private started = false;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    private readonly keyring: KeyRing,
    private readonly options: AuditSealerOptions,
  ) {
    this.store = new CheckpointStore(options.checkpointDir);
    // While the database is away the loop backs off and resumes by itself (ADR 0020).
    this.loop = new BackgroundLoop(() => this.run('when-due'), {
      name: 'audit sealer',
      everyMs: options.everyMs ?? SEAL_EVERY_MS,
      stallMs: SEAL_STALL_MS,
      logger,
    });
  }

  start(): void {
    this.started = true;
    this.loop.start();
  }

  /** Seal now (or wait for the run in progress); never throws. */
  async runOnce(checkpoint: 'when-due' | 'now' | 'never' = 'when-due'): Promise<void> {
    if (checkpoint === 'when-due') return this.loop.runOnce();
    await this.loop.stop();
    await this.run(checkpoint).catch((err: unknown) =>
      this.logger.error({ err }, 'sealing the audit log failed'),
    );
    if (this.started) this.loop.start();
  }

  health(): LoopHealth {
    return this.loop.health();
  }

  private async run(checkpoint: 'when-due' | 'now' | 'never'): Promise<void> {
    this.keys ??= await AuditKeys.load(this.db, this.keyring);
    const rekeyed = await ensureRekeyed(this.db, this.keys);
    for (const chain of rekeyed ?? []) {
      if (chain.brokenAt === null) continue;
      this.logger.error(
        { chain: chain.organisationId, seq: chain.brokenAt },
        'audit chain was already broken before re-keying; recorded as audit.chain_rekeyed failure',
      );
    }
    this.sinceCheckpoint += await sealAudit(this.db, this.keys);
    const elapsed = Date.now() - (this.lastCheckpointAt ?? 0);
    const due =
      this.lastCheckpointAt === null ||
      this.sinceCheckpoint >= CHECKPOINT_EVERY_EVENTS ||
      (this.sinceCheckpoint > 0 && elapsed >= CHECKPOINT_EVERY_MS);
    if (checkpoint === 'now' || (checkpoint === 'when-due' && due)) await this.checkpoint();
  }

  private async checkpoint(): Promise<void> {
    if (!this.keys) return;
    this.sinceCheckpoint = 0;
    this.lastCheckpointAt = Date.now();
    const written = await this.store.write(this.db, this.keys);
    if (written.length > 0 && this.options.onCheckpoints) {
      await this.options
        .onCheckpoints(written, this.keys)
        .catch((err: unknown) => this.logger.error({ err }, 'sending audit checkpoints failed'));
    }
  }

  /**
   * Seal what is left; a sealer that ran in the background also writes a last
   * checkpoint. One that never started (a CLI command) only seals.
   */
  async stop(): Promise<void> {
    const started = this.started;
    this.started = false;
    await this.loop.stop();
    await this.run(started ? 'now' : 'never').catch((err: unknown) =>
      this.logger.error({ err }, 'sealing the audit log failed'),
    );
  }
}
