import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Db } from '../../db/database';
import { BackgroundLoop, type LoopHealth } from './background-loop';

export type JobHandler = (payload: Record<string, unknown>) => Promise<void>;

/** How long a claimed job stays locked before another worker may retry it (crash recovery). */
export const JOB_LOCK_MS = 5 * 60 * 1000;
/** Backoff base for retries: 10 s, 20 s, 40 s, … */
const RETRY_BASE_MS = 10_000;
const POLL_MS = 2_000;

export interface RecurringJob {
  queue: string;
  everyMs: number;
}

/**
 * Jobs in the database, claimed with FOR UPDATE SKIP LOCKED so any number of
 * app instances can work one queue without running a job twice. A singleton
 * key makes enqueueing idempotent (one pending job per key).
 */
export class JobQueue {
  readonly workerId = randomUUID();
  private readonly handlers = new Map<string, JobHandler>();
  private readonly recurring: RecurringJob[] = [];
  /** Polls the queue; survives a database outage by backing off (see BackgroundLoop). */
  private readonly poller: BackgroundLoop;
  private stopping = false;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
  ) {
    this.poller = new BackgroundLoop(() => this.poll(), {
      name: 'job poller',
      everyMs: POLL_MS,
      // A job running longer than its lock is retried elsewhere anyway: count it as stuck.
      stallMs: JOB_LOCK_MS,
      logger,
    });
  }

  handle(queue: string, handler: JobHandler): void {
    this.handlers.set(queue, handler);
  }

  /** Run `queue` every `everyMs`; the singleton key keeps one pending run across instances. */
  every(queue: string, everyMs: number): void {
    this.recurring.push({ queue, everyMs });
  }

  async enqueue(
    db: Db,
    queue: string,
    payload: Record<string, unknown> = {},
    options: { runAt?: Date; singletonKey?: string; maxAttempts?: number } = {},
  ): Promise<boolean> {
    const result = await db
      .insertInto('job')
      .values({
        queue,
        payload: JSON.stringify(payload),
        run_at: options.runAt ?? new Date(),
        singleton_key: options.singletonKey ?? null,
        max_attempts: options.maxAttempts ?? 5,
      })
      .onConflict((oc) =>
        oc
          .columns(['queue', 'singleton_key'])
          .where('singleton_key', 'is not', null)
          .where('done_at', 'is', null)
          .where('failed_at', 'is', null)
          .doNothing(),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Claim one due job for this worker, or null. */
  async claim(): Promise<{
    id: number;
    queue: string;
    payload: Record<string, unknown>;
    attempts: number;
  } | null> {
    const queues = [...this.handlers.keys()];
    if (queues.length === 0) return null;
    const rows = await sql<{
      id: number;
      queue: string;
      payload: Record<string, unknown>;
      attempts: number;
    }>`
      update job set locked_by = ${this.workerId},
        locked_until = now() + (${JOB_LOCK_MS} * interval '1 millisecond'),
        attempts = attempts + 1
      where id = (
        select id from job
        where done_at is null and failed_at is null and run_at <= now()
          and (locked_until is null or locked_until < now())
          and queue in (${sql.join(queues)})
        order by run_at
        limit 1
        for update skip locked
      )
      returning id, queue, payload, attempts`.execute(this.db);
    return rows.rows[0] ?? null;
  }

  /** Work off every due job once; returns how many ran. Used by the poller and by tests. */
  async drain(): Promise<number> {
    let ran = 0;
    while (!this.stopping) {
      const job = await this.claim();
      if (!job) return ran;
      ran++;
      const handler = this.handlers.get(job.queue);
      try {
        await handler?.(job.payload);
        await this.db
          .updateTable('job')
          .set({ done_at: new Date(), locked_by: null })
          .where('id', '=', job.id)
          .execute();
      } catch (error) {
        const row = await this.db
          .selectFrom('job')
          .select(['max_attempts'])
          .where('id', '=', job.id)
          .executeTakeFirst();
        const exhausted = job.attempts >= (row?.max_attempts ?? 5);
        // Only the error's class and message: job errors must not carry personal data.
        const message =
          error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 500) : 'error';
        this.logger.warn({ queue: job.queue, jobId: job.id, attempts: job.attempts }, 'job failed');
        await this.db
          .updateTable('job')
          .set({
            last_error: message,
            locked_by: null,
            locked_until: null,
            failed_at: exhausted ? new Date() : null,
            run_at: new Date(Date.now() + RETRY_BASE_MS * 2 ** (job.attempts - 1)),
          })
          .where('id', '=', job.id)
          .execute();
      }
    }
    return ran;
  }

  private async scheduleRecurring(): Promise<void> {
    for (const r of this.recurring) {
      const slot = Math.floor(Date.now() / r.everyMs);
      await this.enqueue(this.db, r.queue, {}, { singletonKey: `every:${slot}` });
    }
  }

  private async poll(): Promise<void> {
    await this.scheduleRecurring();
    await this.drain();
  }

  start(): void {
    this.stopping = false;
    this.poller.start();
  }

  /**
   * For readiness: 'alive' while the poller is started and no run is stuck, 'off' when it
   * was never started (an instance without workers, tests), 'stalled' when a run hangs.
   */
  health(): LoopHealth {
    return this.poller.health();
  }

  /** Finish the job in hand, claim no more, and stop polling. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.poller.stop();
  }
}
