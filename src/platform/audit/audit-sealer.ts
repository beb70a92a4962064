import type { Logger } from 'pino';
import type { Db } from '../../db/database';
import { sealAudit } from './audit-log';

/** How often committed events are linked into their chains. */
export const SEAL_EVERY_MS = 1_000;

/**
 * Seals the audit log in the background, once a second, and once more on stop
 * so a clean shutdown leaves nothing unsealed. A run that is still busy is not
 * started again.
 */
export class AuditSealer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    private readonly everyMs = SEAL_EVERY_MS,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.runOnce(), this.everyMs);
    this.timer.unref();
  }

  /** Seal now (or wait for the run in progress); never throws. */
  runOnce(): Promise<void> {
    if (!this.running) {
      this.running = sealAudit(this.db)
        .then(() => undefined)
        .catch((err: unknown) => this.logger.error({ err }, 'sealing the audit log failed'))
        .finally(() => {
          this.running = null;
        });
    }
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    await this.runOnce();
  }
}
