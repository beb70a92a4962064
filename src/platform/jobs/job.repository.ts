import { type QueryCreator, sql, type UpdateQueryBuilder, type UpdateResult } from 'kysely';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';

/** A job as a worker holds it after claiming it. */
export interface ClaimedJob {
  id: number;
  queue: string;
  payload: Record<string, unknown>;
  slot: Date | null;
  attempts: number;
  maxAttempts: number;
}

/** A dead job as the platform admin sees it: no payload (it may name people or cases). */
export interface DeadJobRow {
  id: number;
  queue: string;
  slot: Date | null;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  created_at: Date;
  failed_at: Date | null;
}

export interface NewJob {
  queue: string;
  payload: Record<string, unknown>;
  runAt: Date;
  singletonKey: string | null;
  maxAttempts: number;
}

/** Insert a one-off job; with a singleton key, nothing when one with that key is still pending. */
export async function insertJob(db: Db, job: NewJob): Promise<boolean> {
  const result = await db
    .insertInto('job')
    .values({
      queue: job.queue,
      payload: JSON.stringify(job.payload),
      run_at: job.runAt,
      singleton_key: job.singletonKey,
      max_attempts: job.maxAttempts,
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

/**
 * The INSERT of one-off jobs, for a statement that enqueues its jobs itself as a
 * data-modifying CTE (`db.with('j', (qb) => insertJobsStatement(qb, jobs))`), like
 * `insertAuditEvents`: the job commits with the rows it is about, and the table stays the
 * platform's. No singleton keys here.
 */
export function insertJobsStatement<DB extends Database>(
  qb: QueryCreator<DB>,
  jobs: readonly Omit<NewJob, 'singletonKey'>[],
) {
  return (qb as unknown as QueryCreator<Database>)
    .insertInto('job')
    .values(
      jobs.map((job) => ({
        queue: job.queue,
        payload: JSON.stringify(job.payload),
        run_at: job.runAt,
        max_attempts: job.maxAttempts,
      })),
    )
    .returning('job.id');
}

/** Insert the run of `queue` for `slot`, unless that slot was ever inserted (finished rows count). */
export async function insertSlot(
  db: Db,
  queue: string,
  slot: Date,
  maxAttempts: number,
): Promise<boolean> {
  const result = await db
    .insertInto('job')
    .values({ queue, slot, run_at: slot, max_attempts: maxAttempts })
    .onConflict((oc) => oc.columns(['queue', 'slot']).where('slot', 'is not', null).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Claim the oldest due job of `queues` for `workerId` with a lease of `leaseMs`. A job whose
 * lease ran out (its worker died) is due again. SKIP LOCKED lets instances claim side by side.
 */
export async function claimJob(
  db: Db,
  queues: string[],
  workerId: string,
  leaseMs: number,
): Promise<ClaimedJob | null> {
  if (queues.length === 0) return null;
  const { rows } = await sql<ClaimedJob>`
    update job set locked_by = ${workerId},
      locked_until = now() + (${leaseMs} * interval '1 millisecond'),
      started_at = now(),
      attempts = attempts + 1
    where id = (
      select id from job
      where done_at is null and failed_at is null and run_at <= now()
        and (locked_until is null or locked_until < now())
        and attempts < max_attempts
        and queue in (${sql.join(queues)})
      order by run_at, id
      limit 1
      for update skip locked
    )
    returning id, queue, payload, slot, attempts, max_attempts as "maxAttempts"`.execute(db);
  return rows[0] ?? null;
}

/** Extend the lease of a job this worker still holds; false when it lost the lease. */
export async function extendLease(
  db: Db,
  id: number,
  workerId: string,
  leaseMs: number,
): Promise<boolean> {
  const result = await sql`
    update job set locked_until = now() + (${leaseMs} * interval '1 millisecond')
    where id = ${id} and locked_by = ${workerId} and done_at is null and failed_at is null`.execute(
    db,
  );
  return Number(result.numAffectedRows ?? 0) > 0;
}

/** Narrow an update to the job while `workerId` holds it: a worker that lost its lease changes nothing. */
function heldBy(id: number, workerId: string) {
  return (qb: UpdateQueryBuilder<Database, 'job', 'job', UpdateResult>) =>
    qb
      .where('id', '=', id)
      .where('locked_by', '=', workerId)
      .where('done_at', 'is', null)
      .where('failed_at', 'is', null);
}

/** Mark done; false (and no change) when another worker has taken the job over. */
export async function markDone(db: Db, id: number, workerId: string): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({ done_at: sql<Date>`now()`, locked_by: null, locked_until: null })
    .$call(heldBy(id, workerId))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Record a failed attempt: due again after `retryInMs`, or dead when `dead`. False (and no
 * change) when another worker has taken the job over.
 */
export async function markFailed(
  db: Db,
  id: number,
  workerId: string,
  error: string,
  dead: boolean,
  retryInMs: number,
): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({
      last_error: error,
      locked_by: null,
      locked_until: null,
      failed_at: dead ? sql<Date>`now()` : null,
      run_at: sql<Date>`now() + (${retryInMs} * interval '1 millisecond')`,
    })
    .$call(heldBy(id, workerId))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Jobs whose worker died on their last attempt: the lease ran out and no attempt is left. */
export async function buryExpired(db: Db): Promise<number> {
  const result = await db
    .updateTable('job')
    .set({
      failed_at: sql<Date>`now()`,
      locked_by: null,
      locked_until: null,
      last_error: 'LeaseExpired: the worker stopped before the last attempt finished',
    })
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('locked_until', '<', sql<Date>`now()`)
    .where(sql<boolean>`attempts >= max_attempts`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Delete finished rows past the history period (recurring runs only past `slotBefore`). */
export async function purgeFinished(
  db: Db,
  finishedBefore: Date,
  slotBefore: Date,
): Promise<number> {
  const result = await db
    .deleteFrom('job')
    .where((eb) =>
      eb.or([
        eb.and([eb('done_at', 'is not', null), eb('done_at', '<', finishedBefore)]),
        eb.and([eb('failed_at', 'is not', null), eb('failed_at', '<', finishedBefore)]),
      ]),
    )
    .where((eb) => eb.or([eb('slot', 'is', null), eb('slot', '<', slotBefore)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Jobs waiting (due or not), running, and dead, per queue. */
export async function countJobs(
  db: Db,
): Promise<{ queue: string; state: 'waiting' | 'running' | 'dead'; n: number }[]> {
  const { rows } = await sql<{ queue: string; state: 'waiting' | 'running' | 'dead'; n: number }>`
    select queue,
      case when failed_at is not null then 'dead'
           when locked_until > now() then 'running'
           else 'waiting' end as state,
      count(*)::int as n
    from job where done_at is null
    group by 1, 2`.execute(db);
  return rows;
}

/** Dead jobs, newest first. */
export async function listDeadJobs(db: Db, limit: number): Promise<DeadJobRow[]> {
  return db
    .selectFrom('job')
    .select([
      'id',
      'queue',
      'slot',
      'attempts',
      'max_attempts',
      'last_error',
      'created_at',
      'failed_at',
    ])
    .where('failed_at', 'is not', null)
    .orderBy('failed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export interface QueueStatusRow {
  queue: string;
  pending: number;
  running: number;
  /** Failed at least once and waiting for a retry. */
  retrying: number;
  dead: number;
  /** Finished in the last 24 hours. */
  doneLastDay: number;
  lastFailureAt: Date | null;
  /** The last failure's error text (class, code, message without values); the caller keeps the class only. */
  lastError: string | null;
}

/** Per queue: what waits, runs, retries, died and finished lately, and its last failure. */
export async function queueStatus(db: Db): Promise<QueueStatusRow[]> {
  const { rows } = await sql<QueueStatusRow>`
    select queue,
      (count(*) filter (where done_at is null and failed_at is null
        and (locked_until is null or locked_until <= now())))::int as pending,
      (count(*) filter (where done_at is null and failed_at is null
        and locked_until > now()))::int as running,
      (count(*) filter (where done_at is null and failed_at is null and attempts > 0
        and last_error is not null))::int as retrying,
      (count(*) filter (where failed_at is not null))::int as dead,
      (count(*) filter (where done_at > now() - interval '1 day'))::int as "doneLastDay",
      -- A failed attempt's time: when the job died, or when the attempt started (retrying).
      max(coalesce(failed_at, started_at)) filter (where last_error is not null
        and done_at is null) as "lastFailureAt",
      (array_agg(last_error order by coalesce(failed_at, started_at) desc nulls last)
        filter (where last_error is not null and done_at is null))[1] as "lastError"
    from job
    group by queue
    order by queue`.execute(db);
  return rows;
}
