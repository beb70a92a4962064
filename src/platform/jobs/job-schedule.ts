/**
 * Pure time arithmetic of the job queue: which slot a recurring job is in, how long a failed
 * attempt waits, and which finished rows may be purged. No I/O, so it is unit-tested exactly.
 */

/** Backoff base for retries: 10 s, 20 s, 40 s, … */
export const RETRY_BASE_MS = 10_000;
/** Longest wait between two attempts, however many there were. */
export const RETRY_MAX_MS = 60 * 60 * 1000;

/**
 * Start of the slot `now` falls in, for a job that runs every `everyMs`. Slots are aligned to
 * the Unix epoch, so every instance computes the same slot whatever its start time (an hourly
 * job's slots start on the hour, a six-hourly one's at 00, 06, 12 and 18 UTC).
 */
export function slotStart(now: Date, everyMs: number): Date {
  if (!Number.isInteger(everyMs) || everyMs <= 0) {
    throw new RangeError(`everyMs must be a positive integer, got ${everyMs}`);
  }
  return new Date(Math.floor(now.getTime() / everyMs) * everyMs);
}

/** How long to wait before attempt `attempt + 1` after attempt `attempt` (1-based) failed. */
export function retryDelayMs(attempt: number): number {
  return Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1), RETRY_MAX_MS);
}

export interface PurgeCutoffs {
  /** Finished one-off jobs (done or dead) older than this are deleted. */
  finishedBefore: Date;
  /**
   * Recurring runs are deleted only when their slot also started before this: the slot can
   * then never be the current one again, so purging its row cannot let it be scheduled twice.
   */
  slotBefore: Date;
}

/**
 * What the history purge may delete: rows finished more than `historyDays` ago, and of
 * recurring runs only those whose slot lies a full longest interval before that.
 */
export function purgeCutoffs(now: Date, historyDays: number, longestEveryMs: number): PurgeCutoffs {
  const finishedBefore = new Date(now.getTime() - historyDays * 24 * 60 * 60 * 1000);
  return {
    finishedBefore,
    slotBefore: new Date(finishedBefore.getTime() - Math.max(0, longestEveryMs)),
  };
}

/**
 * Longest wait between two polls while the database is unreachable. Short on purpose: the
 * runner counts as alive only after a successful poll, so this bounds how long readiness
 * stays off after the database is back (ADR 0020: recover within seconds).
 */
export const POLL_BACKOFF_MAX_MS = 5_000;

/** Wait before the next poll after `failedPolls` failures in a row: doubling, capped. */
export function pollBackoffMs(pollMs: number, failedPolls: number): number {
  return Math.min(pollMs * 2 ** failedPolls, POLL_BACKOFF_MAX_MS);
}
