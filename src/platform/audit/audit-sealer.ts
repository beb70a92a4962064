import type { Logger } from 'pino';
import type { Db } from '../../db/database';
import { BackgroundLoop, type LoopHealth } from '../jobs/background-loop';
import { sealAudit } from './audit-log';

/** How often committed events are linked into their chains. */
export const SEAL_EVERY_MS = 1_000;
/** A sealing run this long is stuck (a lock held elsewhere, a dead connection). */
const SEAL_STALL_MS = 60_000;

/**
 * Seals the audit log in the background, once a second, and once more on stop
 * so a clean shutdown leaves nothing unsealed. A run that is still busy is not
 * started again; while the database is away it backs off and resumes by itself.
 */
export class AuditSealer {
  private readonly loop: BackgroundLoop;

  constructor(db: Db, logger: Logger, everyMs = SEAL_EVERY_MS) {
    this.loop = new BackgroundLoop(() => sealAudit(db), {
      name: 'audit sealer',
      everyMs,
      stallMs: SEAL_STALL_MS,
      logger,
    });
  }

  start(): void {
    this.loop.start();
  }

  /** Seal now (or wait for the run in progress); never throws. */
  runOnce(): Promise<void> {
    return this.loop.runOnce();
  }

  health(): LoopHealth {
    return this.loop.health();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    await this.loop.runOnce();
  }
}
