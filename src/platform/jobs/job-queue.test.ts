import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database';
import { createTestDatabase } from '../../test/test-db';
import { JobQueue } from './job-queue';

let h: DatabaseHandle;
const silent = pino({ level: 'silent' });
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => h?.close());

/** A logger whose JSON lines the test can read. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => void lines.push(JSON.parse(line)) },
  );
  return { logger, lines };
}

async function jobRows(queue: string) {
  return h.db.selectFrom('job').selectAll().where('queue', '=', queue).orderBy('id').execute();
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('job queue', () => {
  it('runs each job exactly once when two instances race for the same queue', async () => {
    const seen: number[] = [];
    const a = new JobQueue(h.db, silent);
    const b = new JobQueue(h.db, silent);
    for (const q of [a, b]) q.handle('race', async (p) => void seen.push(p.n as number));
    for (let n = 0; n < 40; n++) await a.enqueue(h.db, 'race', { n });
    const [ranA, ranB] = await Promise.all([a.drain(), b.drain()]);
    expect(ranA + ranB).toBe(40);
    expect(seen.sort((x, y) => x - y)).toEqual([...Array(40).keys()]);
  });

  it('keeps one pending job per singleton key, and takes a new one once it has run', async () => {
    const q = new JobQueue(h.db, silent);
    q.handle('reminder', async () => {});
    expect(await q.enqueue(h.db, 'reminder', {}, { singletonKey: 'org-1' })).toBe(true);
    expect(await q.enqueue(h.db, 'reminder', {}, { singletonKey: 'org-1' })).toBe(false);
    await q.drain();
    expect(await q.enqueue(h.db, 'reminder', {}, { singletonKey: 'org-1' })).toBe(true);
  });

  it('schedules a recurring slot once, ever, even after it has finished', async () => {
    let now = new Date('2020-12-06T10:15:00Z');
    const ran: string[] = [];
    const queues = [1, 2].map(() => {
      const q = new JobQueue(h.db, silent, { clock: () => now });
      q.handle('hourly', async (_p, ctx) => void ran.push(ctx.slot?.toISOString() ?? 'none'));
      q.every('hourly', 60 * 60 * 1000);
      return q;
    });
    // Polls of both instances through the hour: the finished slot must not come back.
    for (const minute of [15, 20, 40, 59]) {
      now = new Date(`2020-12-06T10:${minute}:00Z`);
      for (const q of queues) {
        await q.scheduleRecurring();
        await q.drain();
      }
    }
    now = new Date('2020-12-06T11:00:00Z');
    for (const q of queues) {
      await q.scheduleRecurring();
      await q.drain();
    }
    expect(ran).toEqual(['2020-12-06T10:00:00.000Z', '2020-12-06T11:00:00.000Z']);
    expect((await jobRows('hourly')).map((r) => r.done_at !== null)).toEqual([true, true]);
  });

  it('logs one JSON line per finished run with job, slot and ms', async () => {
    const { logger, lines } = capturingLogger();
    const q = new JobQueue(h.db, logger, { clock: () => new Date('2020-12-06T12:30:00Z') });
    q.handle('logged', async () => {});
    q.every('logged', 60 * 60 * 1000);
    q.handle('logged-fail', async () => {
      throw new Error('smtp down for jan@example.nl');
    });
    await q.scheduleRecurring();
    await q.enqueue(h.db, 'logged-fail', { personId: 'x' });
    await q.drain();
    const done = lines.find((l) => l.msg === 'job done');
    expect(done).toMatchObject({ job: 'logged', slot: '2020-12-06T12:00:00.000Z' });
    expect(typeof done?.ms).toBe('number');
    const failed = lines.find((l) => l.msg === 'job failed');
    expect(failed).toMatchObject({ job: 'logged-fail', slot: null, dead: false });
    expect(typeof failed?.ms).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('jan@example.nl');
    expect(lines.filter((l) => l.msg === 'job done' || l.msg === 'job failed')).toHaveLength(2);
  });

  it('retries a failing job with backoff and marks it dead after max attempts', async () => {
    const q = new JobQueue(h.db, silent);
    let calls = 0;
    q.handle('flaky', async () => {
      calls++;
      throw new Error('smtp down');
    });
    await q.enqueue(h.db, 'flaky', {}, { maxAttempts: 2 });
    await q.drain();
    expect(calls).toBe(1);
    const [first] = await jobRows('flaky');
    // Backed off: not due now, so another drain does not run it.
    expect(first!.run_at.getTime()).toBeGreaterThan(Date.now() + 5_000);
    await q.drain();
    expect(calls).toBe(1);
    // Make the retry due now instead of waiting for the backoff.
    await h.db
      .updateTable('job')
      .set({ run_at: new Date(0) })
      .where('queue', '=', 'flaky')
      .execute();
    await q.drain();
    expect(calls).toBe(2);
    const [row] = await jobRows('flaky');
    expect(row!.failed_at).not.toBeNull();
    expect(row!.last_error).toBe('Error: smtp down');
    await h.db
      .updateTable('job')
      .set({ run_at: new Date(0) })
      .where('queue', '=', 'flaky')
      .execute();
    await q.drain();
    expect(calls).toBe(2);
  });

  it("retries a dead worker's job after its lease, and the old worker cannot overwrite it", async () => {
    const dead = new JobQueue(h.db, silent, { leaseMs: 60_000 });
    const alive = new JobQueue(h.db, silent, { leaseMs: 60_000 });
    let runs = 0;
    dead.handle('lease', async () => {});
    alive.handle('lease', async () => void runs++);
    await dead.enqueue(h.db, 'lease', {});
    // The first worker claims the job and dies (never reports back).
    const { claimJob, markFailed } = await import('./job.repository');
    const claimed = await claimJob(h.db, ['lease'], dead.workerId, 60_000);
    expect(claimed).not.toBeNull();
    expect(await alive.drain()).toBe(0); // leased: nobody else runs it
    await h.db
      .updateTable('job')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('queue', '=', 'lease')
      .execute();
    // The second worker starts the retry; the first one wakes up and reports a failure.
    let report: Promise<boolean> | null = null;
    alive.handle('lease', async () => {
      runs++;
      report = markFailed(h.db, claimed!.id, dead.workerId, 'Error: stale', false, 0);
      expect(await report).toBe(false);
    });
    expect(await alive.drain()).toBe(1);
    expect(report).not.toBeNull();
    expect(runs).toBe(1);
    const [row] = await jobRows('lease');
    expect(row!.done_at).not.toBeNull();
    expect(row!.last_error).toBeNull();
    expect(row!.attempts).toBe(2);
  });

  it('buries a job whose worker died on its last attempt', async () => {
    const q = new JobQueue(h.db, silent);
    q.handle('last', async () => {});
    await q.enqueue(h.db, 'last', {}, { maxAttempts: 1 });
    const { claimJob } = await import('./job.repository');
    await claimJob(h.db, ['last'], 'crashed-worker', 60_000);
    await h.db
      .updateTable('job')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('queue', '=', 'last')
      .execute();
    await q.maintain();
    expect(await q.drain()).toBe(0);
    const [row] = await jobRows('last');
    expect(row!.failed_at).not.toBeNull();
    expect(row!.last_error).toMatch(/^LeaseExpired/);
  });

  it('extends the lease of a long job so no other worker takes it over', async () => {
    const long = new JobQueue(h.db, silent, { leaseMs: 600 });
    const other = new JobQueue(h.db, silent, { leaseMs: 600 });
    let otherRuns = 0;
    other.handle('long', async () => void otherRuns++);
    let extended = false;
    long.handle('long', async (_p, ctx) => {
      const lease = async () =>
        (
          await h.db
            .selectFrom('job')
            .select('locked_until')
            .where('queue', '=', 'long')
            .executeTakeFirstOrThrow()
        ).locked_until!.getTime();
      const first = await lease();
      // Run past the first lease: the heartbeat must have moved it on.
      await until(
        async () => (await lease()) > first + 300 && Date.now() > first + 100,
        'the lease is extended',
      );
      extended = true;
      expect(await other.drain()).toBe(0);
      expect(ctx.signal.aborted).toBe(false);
    });
    await long.enqueue(h.db, 'long', {});
    expect(await long.drain()).toBe(1);
    expect(extended).toBe(true);
    expect(otherRuns).toBe(0);
  });

  it('purges finished history after the configured days, keeping recent slots', async () => {
    const q = new JobQueue(h.db, silent, { historyDays: 30 });
    q.every('purged', 60 * 60 * 1000);
    const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    await h.db
      .insertInto('job')
      .values([
        { queue: 'purged', done_at: old },
        { queue: 'purged', failed_at: old },
        { queue: 'purged', done_at: old, slot: old },
        { queue: 'purged', done_at: new Date() },
        { queue: 'purged' },
      ])
      .execute();
    expect(await q.purge()).toBe(3);
    const left = await jobRows('purged');
    expect(left).toHaveLength(2);
    expect(left.every((r) => r.done_at === null || r.done_at.getTime() > old.getTime())).toBe(true);
  });

  it('keeps polling through a database outage, logging it once, and says whether it is alive', async () => {
    const { logger, lines } = capturingLogger();
    const q = new JobQueue(h.db, logger, { pollMs: 10, aliveWithinMs: 200 });
    const ran: number[] = [];
    q.handle('outage', async (p) => void ran.push(p.n as number));
    expect(q.isAlive()).toBe(false);
    q.start();
    try {
      await q.enqueue(h.db, 'outage', { n: 1 });
      await until(() => ran.length === 1, 'the first job ran');
      expect(q.isAlive()).toBe(true);
      await sql`alter table job rename to job_away`.execute(h.db);
      await until(() => q.failedPolls >= 3, 'three polls failed');
      await until(() => !q.isAlive(), 'the runner reports itself not alive');
      await sql`alter table job_away rename to job`.execute(h.db);
      await q.enqueue(h.db, 'outage', { n: 2 });
      await until(() => ran.length === 2, 'the job after the outage ran');
      expect(q.isAlive()).toBe(true);
    } finally {
      await q.stop();
      await sql`alter table if exists job_away rename to job`.execute(h.db);
    }
    expect(lines.filter((l) => String(l.msg).startsWith('job poller failed'))).toHaveLength(1);
    expect(lines.filter((l) => l.msg === 'job poller recovered')).toHaveLength(1);
  });
});
