import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, type DatabaseOptions, openDatabase } from '../db/database';

/** PostgreSQL only: how the app's pool reaches its test database (resilience tests). */
export interface TestDatabaseOptions
  extends Pick<DatabaseOptions, 'connectTimeoutMs' | 'onConnectionError'> {
  /** Rewrite the database URL, e.g. to go through a TCP proxy the test can cut. */
  via?: (url: URL) => URL;
}

/** A test database; on PostgreSQL with its URL, for a server process started by the test. */
export type TestDatabase = DatabaseHandle & { url?: string };

/** A fresh database for one test file, copied from the migrated template. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (process.env.TEST_DATABASE_URL) return createPgDatabase(inject('pgTemplate'), options);
  const blob = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
  return openDatabase({ loadDataDir: blob });
}

/** A fresh database without any tables, not even the migration log (upgrade tests). */
export async function createEmptyTestDatabase(): Promise<DatabaseHandle> {
  if (process.env.TEST_DATABASE_URL) return createPgDatabase();
  return openDatabase({ dataDir: 'memory://' });
}

/** PostgreSQL: a new database, copied from `template` when given; dropped on close. */
async function createPgDatabase(
  template?: string,
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL!;
  const name = `weerbaar_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const { via, ...poolOptions } = options;
  const handle = await openDatabase({
    url: (via ? via(u) : u).toString(),
    poolSize: 10,
    ...poolOptions,
  });
  return {
    ...handle,
    url: u.toString(),
    async close() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
