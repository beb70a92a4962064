import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PreparingClient } from './preparing-client';
import type { Database } from './schema';

// timestamptz/date/int8/numeric come back as strings from `pg`; parse the
// ones we rely on once here so both engines hand the app the same types.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Engine = 'pglite' | 'postgres';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  pool: pg.Pool;
  engine: Engine;
  /** The embedded instance, when the engine is PGlite (for dumps in tests). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; without it an embedded PGlite is used. */
  url?: string;
  /** PGlite data directory (`memory://` for in-memory). */
  dataDir?: string;
  /** PGlite: start from a dumped data directory (test template). */
  loadDataDir?: Blob;
  /** PostgreSQL pool size. */
  poolSize?: number;
  /**
   * PostgreSQL: run parameterised queries as prepared statements (default true).
   * Switch off behind a pooler in transaction mode (PgBouncer < 1.21).
   */
  preparedStatements?: boolean;
  /**
   * PostgreSQL: called when a pooled connection fails (server restart, network
   * loss, a terminated backend), idle or checked out. The pool drops that
   * connection and opens a new one on demand; without a listener Node would
   * crash the process.
   */
  onConnectionError?: (error: Error) => void;
  /** PostgreSQL: give up opening a connection (or waiting for a free one) after this many ms. */
  connectTimeoutMs?: number;
}

/** PostgreSQL pool size default: enough for 64 concurrent requests without starving the server. */
export const DEFAULT_POOL_SIZE = 20;
/**
 * How long a query waits for a connection before it fails (and the request gets a 503):
 * with the server gone, requests fail fast instead of piling up until the client gives up.
 */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

/** Open the database: a PostgreSQL server when a URL is given, else embedded PGlite. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
      connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      // Notice a peer that vanished without closing the socket (network loss) on idle connections.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      ...(options.preparedStatements === false ? {} : { Client: PreparingClient }),
    });
    const onError = options.onConnectionError ?? (() => {});
    // The pool listens on idle clients only; a client that is checked out (a transaction between
    // two statements) emits its error unheard, which crashes the process. Listen on every client
    // for its whole life: its running query still rejects, and the pool drops it on release.
    pool.on('connect', (client) => {
      let reported = false; // a dying connection errs twice (the server's message, then the socket)
      client.on('error', (error) => {
        if (!reported) onError(error);
        reported = true;
      });
    });
    pool.on('error', () => {}); // already reported by the client's own listener
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, pool, engine: 'postgres', close: () => db.destroy() };
  }
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) fs.mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create({
    dataDir: options.loadDataDir ? undefined : dataDir,
    loadDataDir: options.loadDataDir,
  });
  // PGlite is one connection: the pool has exactly one client and queries queue.
  const pool = new pg.Pool(createPgConfig(lite) as unknown as pg.PoolConfig);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    engine: 'pglite',
    pglite: lite,
    async close() {
      await db.destroy();
      await lite.close();
    },
  };
}
