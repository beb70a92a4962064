import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../db/database';
import { createTestDatabase } from '../../test/test-db';
import { JobQueue } from './job-queue';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
/** A fast schedule: a slot every 300 ms, polled every 20 ms by each instance. */
const EVERY_MS = 300;
const POLL_MS = 20;
const SLOTS = 5;
const ONE_OFF_JOBS = 60;

let h: DatabaseHandle;
let second: DatabaseHandle;
beforeAll(async () => {
  if (!onPostgres) return;
  h = await createTestDatabase();
  // The second instance gets a pool of its own on the same database, as another server would.
  const url = (h.pool as unknown as { options: { connectionString: string } }).options
    .connectionString;
  second = await openDatabase({ url, poolSize: 4 });
});
afterAll(async () => {
  await second?.close();
  await h?.close();
});

describe.skipIf(!onPostgres)(
  'two app instances on one PostgreSQL (PostgreSQL only: PGlite is one connection in one process, so there is no second instance to race)',
  () => {
    it(`runs each recurring slot once over ${SLOTS} slots and each one-off job exactly once`, async () => {
      const logger = pino({ level: 'silent' });
      const slotRuns: { slot: string; by: string }[] = [];
      const oneOffRuns: number[] = [];
      const instances = [h, second].map((db, i) => {
        const q = new JobQueue(db.db, logger, { pollMs: POLL_MS });
        q.handle('tick', async (_p, ctx) => {
          slotRuns.push({ slot: ctx.slot?.toISOString() ?? 'none', by: `instance-${i}` });
          // Take a little while, so the other instance polls while this run is in progress.
          await new Promise((r) => setTimeout(r, 15));
        });
        q.every('tick', EVERY_MS);
        q.handle('once', async (p) => void oneOffRuns.push(p.n as number));
        return q;
      });
      for (const q of instances) q.start();
      try {
        for (let n = 0; n < ONE_OFF_JOBS; n++) {
          await instances[n % 2]!.enqueue(h.db, 'once', { n });
        }
        const deadline = Date.now() + 30_000;
        while (
          new Set(slotRuns.map((r) => r.slot)).size < SLOTS ||
          oneOffRuns.length < ONE_OFF_JOBS
        ) {
          if (Date.now() > deadline) throw new Error(`only ${slotRuns.length} slot runs seen`);
          await new Promise((r) => setTimeout(r, 50));
        }
      } finally {
        await Promise.all(instances.map((q) => q.stop()));
      }
      const slots = slotRuns.map((r) => r.slot);
      expect(slots).toEqual([...new Set(slots)]);
      expect(oneOffRuns.sort((a, b) => a - b)).toEqual([...Array(ONE_OFF_JOBS).keys()]);
      const rows = await h.db
        .selectFrom('job')
        .select(['slot', 'attempts', 'done_at'])
        .where('queue', '=', 'tick')
        .execute();
      expect(rows.length).toBe(slots.length);
      expect(rows.every((r) => r.attempts === 1 && r.done_at !== null)).toBe(true);
    });
  },
);
