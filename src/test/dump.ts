import { sql } from 'kysely';
import type { Db } from '../db/database';

/**
 * Everything in the database as one string, the way an attacker with a dump
 * would see it: every row of every table, with bytea decoded as UTF-8 and as
 * Latin-1, so a test can assert that a plaintext appears nowhere.
 */
export async function dumpDatabase(db: Db): Promise<string> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(db);
  const parts: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table_name)}`.execute(
      db,
    );
    for (const row of rows.rows) {
      for (const value of Object.values(row)) {
        if (Buffer.isBuffer(value)) parts.push(value.toString('utf8'), value.toString('latin1'));
        else if (value !== null && value !== undefined)
          parts.push(typeof value === 'string' ? value : JSON.stringify(value));
      }
    }
  }
  return parts.join('\n');
}
