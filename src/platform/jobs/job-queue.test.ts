import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database';
import { createTestDatabase } from '../../test/test-db';
import { JobQueue } from './job-queue';

let h: DatabaseHandle;
const logger = pino({ level: 'silent' });
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => h?.close());

describe('job queue', () => {
  it('runs each job exactly once when two instances race for the same queue', async () => {
    const seen: number[] = [];
    const a = new JobQueue(h.db, logger);
    const b = new JobQueue(h.db, logger);
    for (const q of [a, b]) q.handle('race', async (p) => void seen.push(p.n as number));
    for (let n = 0; n < 40; n++) await a.enqueue(h.db, 'race', { n });
    const [ranA, ranB] = await Promise.all([a.drain(), b.drain()]);
    expect(ranA + ranB).toBe(40);
    expect(seen.sort((x, y) => x - y)).toEqual([...Array(40).keys()]);
  });

  it('keeps one pending job per singleton key', async () => {
    const q = new JobQueue(h.db, logger);
    expect(await q.enqueue(h.db, 'reminder', {}, { singletonKey: 'org-1' })).toBe(true);
    expect(await q.enqueue(h.db, 'reminder', {}, { singletonKey: 'org-1' })).toBe(false);
  });

  it('retries a failing job with backoff and gives up after max attempts', async () => {
    const q = new JobQueue(h.db, logger);
    let calls = 0;
    q.handle('flaky', async () => {
      calls++;
      throw new Error('smtp down');
    });
    await q.enqueue(h.db, 'flaky', {}, { maxAttempts: 2 });
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
    const row = await h.db
      .selectFrom('job')
      .selectAll()
      .where('queue', '=', 'flaky')
      .executeTakeFirstOrThrow();
    expect(row.failed_at).not.toBeNull();
    expect(row.last_error).toContain('smtp down');
  });
});
