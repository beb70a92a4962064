import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Db } from '../../db/database';
import { jobDuration, jobRuns } from '../metrics/registry';
import type { LoopHealth } from './background-loop';
import {
  buryExpired,
  type ClaimedJob,
  claimJob,
  extendLease,
  insertJob,
  insertSlot,
  markDone,
  markFailed,
  purgeFinished,
} from './job.repository';
import { describeJobError } from './job-error';
import { pollBackoffMs, purgeCutoffs, retryDelayMs, slotStart } from './job-schedule';

/** What a handler gets besides its payload. */
export interface JobContext {
  /** Aborted when this worker lost the job's lease: another worker may run it now. */
  signal: AbortSignal;
  /** Start of the slot of a recurring run; null for a one-off job. */
  slot: Date | null;
  /** 1 for the first attempt. */
  attempt: number;
}

export type JobHandler = (payload: Record<string, unknown>, context: JobContext) => Promise<void>;

/** A claimed job is leased this long; the worker extends the lease while the job runs. */
export const JOB_LEASE_MS = 60_000;
/** How often an idle worker looks for due jobs. */
export const JOB_POLL_MS = 2_000;
/** Attempts of a job before it is dead (unless enqueued with its own maxAttempts). */
export const JOB_MAX_ATTEMPTS = 5;
/** Finished jobs are kept this many days by default (JOB_HISTORY_DAYS). */
export const JOB_HISTORY_DAYS = 30;
/** The runner counts as alive when it polled or extended a lease this recently. */
export const JOB_ALIVE_WITHIN_MS = 30_000;
/** How often one instance deletes old history. */
const PURGE_EVERY_MS = 60 * 60 * 1000;

export interface JobQueueOptions {
  leaseMs?: number;
  pollMs?: number;
  historyDays?: number;
  aliveWithinMs?: number;
  /** The clock that decides recurring slots (tests pass their own). */
  clock?: () => Date;
}

interface RecurringJob {
  queue: string;
  everyMs: number;
  /** The last slot this instance made sure of, so it does not insert it again every poll. */
  ensured?: number;
}

/**
 * Jobs in the database (ADR 0016). Any number of app instances work one queue: a job is
 * claimed with FOR UPDATE SKIP LOCKED under a lease that the worker extends while it runs and
 * that another worker takes over once it runs out; only the lease holder may record the result.
 * A recurring job is one row per (queue, slot), unique for finished rows too, so each slot is
 * scheduled once however many instances poll. Failures retry with exponential backoff and end
 * dead after their attempts; finished rows are purged after the history period.
 */
export class JobQueue {
  readonly workerId = randomUUID();
  private readonly handlers = new Map<string, JobHandler>();
  private readonly recurring: RecurringJob[] = [];
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly historyDays: number;
  private readonly aliveWithinMs: number;
  private readonly clock: () => Date;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private started = false;
  private stopping = false;
  private lastBeat = 0;
  private lastPurge = 0;
  private outageSince: number | null = null;
  /** Polls that failed in a row (the current database outage). */
  failedPolls = 0;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    options: JobQueueOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? JOB_LEASE_MS;
    this.pollMs = options.pollMs ?? JOB_POLL_MS;
    this.historyDays = options.historyDays ?? JOB_HISTORY_DAYS;
    this.aliveWithinMs = options.aliveWithinMs ?? JOB_ALIVE_WITHIN_MS;
    this.clock = options.clock ?? (() => new Date());
  }

  handle(queue: string, handler: JobHandler): void {
    this.handlers.set(queue, handler);
  }

  /** Run `queue` once in every slot of `everyMs` (aligned to the epoch), across all instances. */
  every(queue: string, everyMs: number): void {
    slotStart(new Date(0), everyMs); // validates everyMs
    this.recurring.push({ queue, everyMs });
  }

  /**
   * Enqueue a one-off job in `db` (pass the transaction handle inside a transaction). With a
   * singleton key nothing is added while a job with that key is pending; returns whether it was.
   */
  async enqueue(
    db: Db,
    queue: string,
    payload: Record<string, unknown> = {},
    options: { runAt?: Date; singletonKey?: string; maxAttempts?: number } = {},
  ): Promise<boolean> {
    return insertJob(db, {
      queue,
      payload,
      runAt: options.runAt ?? new Date(),
      singletonKey: options.singletonKey ?? null,
      maxAttempts: options.maxAttempts ?? JOB_MAX_ATTEMPTS,
    });
  }

  /** Insert the current slot of every recurring job; a slot already inserted is left alone. */
  async scheduleRecurring(): Promise<void> {
    const now = this.clock();
    for (const r of this.recurring) {
      const slot = slotStart(now, r.everyMs);
      if (r.ensured === slot.getTime()) continue;
      await insertSlot(this.db, r.queue, slot, JOB_MAX_ATTEMPTS);
      r.ensured = slot.getTime();
    }
  }

  /** Bury jobs whose worker died on the last attempt, and purge history once an hour. */
  async maintain(): Promise<void> {
    await buryExpired(this.db);
    if (Date.now() - this.lastPurge < PURGE_EVERY_MS) return;
    await this.purge();
    this.lastPurge = Date.now();
  }

  /** Delete finished jobs older than the history period; returns how many. */
  async purge(now: Date = this.clock()): Promise<number> {
    const longest = Math.max(0, ...this.recurring.map((r) => r.everyMs));
    const cutoffs = purgeCutoffs(now, this.historyDays, longest);
    return purgeFinished(this.db, cutoffs.finishedBefore, cutoffs.slotBefore);
  }

  /** Work off every due job once; returns how many ran. Used by the poller and by tests. */
  async drain(): Promise<number> {
    let ran = 0;
    while (!this.stopping) {
      const job = await claimJob(this.db, [...this.handlers.keys()], this.workerId, this.leaseMs);
      if (!job) return ran;
      ran++;
      await this.run(job);
    }
    return ran;
  }

  private async run(job: ClaimedJob): Promise<void> {
    const handler = this.handlers.get(job.queue);
    if (!handler) return;
    const started = performance.now();
    const lease = this.keepLease(job);
    let failure: unknown = null;
    try {
      await handler(job.payload, { signal: lease.signal, slot: job.slot, attempt: job.attempts });
    } catch (error) {
      failure = error ?? new Error('job failed');
    } finally {
      await lease.stop();
    }
    const ms = Math.round(performance.now() - started);
    const fields = { job: job.queue, slot: job.slot ? job.slot.toISOString() : null, ms };
    jobDuration.observe({ job: job.queue }, ms / 1000);
    let kept: boolean;
    if (failure === null) {
      kept = await markDone(this.db, job.id, this.workerId);
      jobRuns.inc({ job: job.queue, outcome: 'done' });
      this.logger.info({ ...fields, attempt: job.attempts }, 'job done');
    } else {
      const dead = job.attempts >= job.maxAttempts;
      const error = describeJobError(failure);
      kept = await markFailed(
        this.db,
        job.id,
        this.workerId,
        error,
        dead,
        retryDelayMs(job.attempts),
      );
      jobRuns.inc({ job: job.queue, outcome: dead ? 'dead' : 'failed' });
      this.logger[dead ? 'error' : 'warn'](
        { ...fields, attempt: job.attempts, dead, error },
        'job failed',
      );
    }
    if (!kept) {
      // Another worker took the job over after our lease ran out; its result stands.
      this.logger.warn({ job: job.queue, slot: fields.slot }, 'job lease lost');
    }
  }

  /** Extend the job's lease every third of its length while the handler runs. */
  private keepLease(job: ClaimedJob): { signal: AbortSignal; stop(): Promise<void> } {
    const abort = new AbortController();
    let pending: Promise<void> = Promise.resolve();
    const timer = setInterval(
      () => {
        pending = extendLease(this.db, job.id, this.workerId, this.leaseMs).then(
          (held) => {
            if (held) this.beat();
            else {
              clearInterval(timer);
              abort.abort();
            }
          },
          // A failed extension is retried at the next beat; the lease still has two thirds left.
          () => {},
        );
      },
      Math.max(1, Math.floor(this.leaseMs / 3)),
    );
    timer.unref();
    return {
      signal: abort.signal,
      async stop() {
        clearInterval(timer);
        await pending;
      },
    };
  }

  private beat(): void {
    this.lastBeat = Date.now();
  }

  /** Whether the poll loop runs and polled (or kept a running job's lease) within `withinMs`. */
  isAlive(withinMs: number = this.aliveWithinMs): boolean {
    return this.started && Date.now() - this.lastBeat <= withinMs;
  }

  /** For readiness (ADR 0020): off when not started, stalled when the loop stopped beating. */
  health(): LoopHealth {
    if (!this.started) return 'off';
    return this.isAlive() ? 'alive' : 'stalled';
  }

  private async tick(): Promise<number> {
    try {
      await this.scheduleRecurring();
      await this.maintain();
      this.beat();
      if (this.outageSince !== null) {
        this.logger.info({ ms: Date.now() - this.outageSince }, 'job poller recovered');
        this.outageSince = null;
        this.failedPolls = 0;
      }
      await this.drain();
      return this.pollMs;
    } catch (error) {
      this.failedPolls++;
      if (this.outageSince === null) {
        this.outageSince = Date.now();
        // Once per outage; the message names the cause (e.g. "connection refused"), never data.
        this.logger.error(
          { err: { message: error instanceof Error ? error.message : String(error) } },
          'job poller failed; retrying with backoff',
        );
      }
      return pollBackoffMs(this.pollMs, this.failedPolls);
    }
  }

  /** Start the poll loop: schedule recurring slots, maintain, and work off due jobs. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.stopping = false;
    this.beat();
    const loop = (delay: number) => {
      this.timer = setTimeout(() => {
        this.running = this.tick().then((next) => {
          this.running = null;
          if (this.started) loop(next);
        });
      }, delay);
      this.timer.unref();
    };
    loop(0);
  }

  /** Stop polling and wait for the job in hand to finish. */
  async stop(): Promise<void> {
    this.started = false;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
