import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../platform/errors/database-unavailable';
import { type DatabaseHandle, openDatabase } from './database';

// Lost connections are a PostgreSQL-server event; PGlite runs in-process.
const url = process.env.TEST_DATABASE_URL;

describe.runIf(url)('the PostgreSQL pool (PostgreSQL)', () => {
  let handle: DatabaseHandle;
  let admin: pg.Client;
  const lost: string[] = [];

  beforeAll(async () => {
    handle = await openDatabase({
      url,
      poolSize: 3,
      onConnectionError: (error) => lost.push(error.message),
    });
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    await handle?.close();
    await admin?.end();
  });

  it('survives the server ending its idle connections and reconnects on the next query', async () => {
    const pids = await Promise.all(
      [1, 2, 3].map(() =>
        sql<{ pid: number }>`select pg_backend_pid() as pid, pg_sleep(0.05)`.execute(handle.db),
      ),
    );
    const ids = [...new Set(pids.map((r) => r.rows[0]!.pid))];
    expect(ids.length).toBeGreaterThan(1);
    // What a PostgreSQL restart or `drop database … with (force)` does to a pool.
    await admin.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [ids]);
    await expect.poll(() => lost.length).toBe(ids.length);
    expect(lost[0]).toMatch(/terminating connection/);

    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
    expect(rows[0]!.one).toBe(1);
  });

  it('survives losing a connection that is checked out between two statements of a transaction', async () => {
    lost.length = 0;
    const outcome = handle.db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
      // The connection sits idle inside the transaction (the app awaits crypto, a file, …)
      // when the server ends it: pg emits an error on a client the pool is not listening to.
      await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
      await expect.poll(() => lost.length).toBe(1);
      await sql`select 1`.execute(trx);
    });
    await expect(outcome).rejects.toSatisfy(isDatabaseUnavailable);
    expect(lost[0]).toMatch(/terminating connection/);
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
    expect(rows[0]!.one).toBe(1);
  });
});
