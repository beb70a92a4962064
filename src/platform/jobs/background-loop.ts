import type { Logger } from 'pino';
import { pollBackoffMs } from './job-schedule';

/** What a health check sees of a loop: not started (or stopped), beating, or stuck in one run. */
export type LoopHealth = 'off' | 'alive' | 'stalled';

export interface BackgroundLoopOptions {
  /** Name in the log lines. */
  name: string;
  /** Pause between two successful runs. */
  everyMs: number;
  /** A run that has not finished after this long counts as stalled (readiness fails). */
  stallMs: number;
  logger: Logger;
}

/**
 * Runs `work` in the background, one run at a time, and survives its failures: the first
 * failure of a streak is logged once (message and code only, never data), later runs back
 * off exponentially up to POLL_BACKOFF_MAX_MS, and the first success after a streak says so.
 * A database that goes away therefore costs two log lines, not one per tick, and the loop
 * picks up by itself when it returns.
 */
export class BackgroundLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private runStartedAt = 0;
  private started = false;
  private failures = 0;

  constructor(
    private readonly work: () => Promise<unknown>,
    private readonly options: BackgroundLoopOptions,
  ) {}

  start(): void {
    if (this.started) return;
    this.started = true;
    this.schedule(this.options.everyMs);
  }

  /** Run now, or wait for the run in progress; never throws. */
  runOnce(): Promise<void> {
    if (!this.running) {
      this.runStartedAt = Date.now();
      this.running = this.work()
        .then(() => this.succeeded())
        .catch((error: unknown) => this.failed(error))
        .finally(() => {
          this.running = null;
        });
    }
    return this.running;
  }

  /** Stop scheduling runs and wait for the one in progress. */
  async stop(): Promise<void> {
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  health(now = Date.now()): LoopHealth {
    if (!this.started) return 'off';
    if (this.running && now - this.runStartedAt > this.options.stallMs) return 'stalled';
    return 'alive';
  }

  /** Consecutive failed runs (0 when the last run succeeded). */
  get failureStreak(): number {
    return this.failures;
  }

  private schedule(ms: number): void {
    if (!this.started) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runOnce().then(() => this.schedule(this.nextDelay()));
    }, ms);
    this.timer.unref();
  }

  private nextDelay(): number {
    if (this.failures === 0) return this.options.everyMs;
    return pollBackoffMs(this.options.everyMs, this.failures);
  }

  private succeeded(): void {
    if (this.failures > 0) {
      this.options.logger.info(
        { loop: this.options.name, failedRuns: this.failures },
        'background loop recovered',
      );
    }
    this.failures = 0;
  }

  private failed(error: unknown): void {
    this.failures++;
    if (this.failures > 1) return;
    const { message, code } = (error ?? {}) as { message?: unknown; code?: unknown };
    this.options.logger.warn(
      { loop: this.options.name, cause: { message: String(message), code } },
      'background loop failed; retrying with backoff',
    );
  }
}
