import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './database';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Serialises concurrent migrators (two app instances starting at once). */
const MIGRATION_LOCK_ID = 4_242_001;

export interface MigrationResult {
  applied: string[];
  total: number;
}

function migrationFiles(): string[] {
  return fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{14}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

/**
 * Migrations this code ships that the database has not applied (readiness: an instance
 * must not serve a schema older than its code). Migrations the database has and this code
 * does not (a newer instance migrated during a rolling deploy) are fine: they are additive.
 */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const done = await sql<{ name: string }>`select name from schema_migration`.execute(db);
  const applied = new Set(done.rows.map((r) => r.name));
  return migrationFiles().filter((f) => !applied.has(f));
}

/** Forward-only: apply every `migrations/*.sql` file not yet recorded, each in its own transaction. */
export async function migrate(db: Db): Promise<MigrationResult> {
  const files = migrationFiles();
  await sql`create table if not exists schema_migration (
      name text primary key,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`.execute(db);
  const applied: string[] = [];
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`.execute(trx);
    const done = await sql<{
      name: string;
      checksum: string;
    }>`select name, checksum from schema_migration`.execute(trx);
    const known = new Map(done.rows.map((r) => [r.name, r.checksum]));
    for (const file of files) {
      const text = fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8');
      const checksum = createHash('sha256').update(text).digest('hex');
      const previous = known.get(file);
      if (previous !== undefined) {
        if (previous !== checksum) {
          throw new Error(
            `Migration ${file} was changed after it was applied; add a new migration instead.`,
          );
        }
        continue;
      }
      await sql.raw(text).execute(trx);
      await sql`insert into schema_migration (name, checksum) values (${file}, ${checksum})`.execute(
        trx,
      );
      applied.push(file);
    }
  });
  return { applied, total: files.length };
}
