import { buildAppOnDatabase, type TestApp } from './app-on-database';
import { createTestDatabase } from './test-db';

export type { TestApp } from './app-on-database';

/** The real application on a fresh database, with a real local SMTP server. */
export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  return buildAppOnDatabase(await createTestDatabase(), env);
}
