import type { DatabaseHandle } from '../db/database';
import type { MasterKey } from '../platform/crypto/master-key';
import { buildAppOnDatabase, type TestApp } from './app-on-database';
import { createTestDatabase, type TestDatabaseOptions } from './test-db';

export type { TestApp } from './app-on-database';

export interface TestAppOptions extends TestDatabaseOptions {
  /** A database to run on instead of a fresh copy of the migrated template; closed with the app. */
  database?: DatabaseHandle;
  /** The master key the data was encrypted under; default a new random one. */
  masterKey?: MasterKey;
}

/** The real application on a fresh database, with a real local SMTP server. */
export async function buildTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const { database: given, masterKey, ...databaseOptions } = options;
  const database = given ?? (await createTestDatabase(databaseOptions));
  return buildAppOnDatabase(database, env, masterKey);
}
