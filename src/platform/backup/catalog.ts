/**
 * What a backup holds, read from the database catalog rather than a hard-coded list, so a
 * table added by a later migration is backed up and restored without touching this code.
 */

import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** Bookkeeping of the migrator: compared between backup and target, never copied. */
export const MIGRATION_TABLE = 'schema_migration';

export interface TableInfo {
  name: string;
  /** Columns a restore writes (generated columns are left to the database). */
  columns: string[];
  /** Primary-key columns with their SQL types, for reading in key order; empty when none. */
  primaryKey: { name: string; type: string }[];
  /** Whether a row may be large (a bytea column): such tables are read a few rows at a time. */
  hasBytes: boolean;
}

/** Double-quoted SQL identifier. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Every application table of the public schema, parents before the tables that refer to them. */
export async function listTables(db: Db): Promise<TableInfo[]> {
  const tables = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
      and c.relname <> ${MIGRATION_TABLE}
    order by c.relname`.execute(db);
  const links = await sql<{ child: string; parent: string }>`
    select cl.relname as child, pr.relname as parent from pg_constraint co
    join pg_class cl on cl.oid = co.conrelid join pg_class pr on pr.oid = co.confrelid
    join pg_namespace n on n.oid = cl.relnamespace
    where co.contype = 'f' and n.nspname = 'public'`.execute(db);
  const columns = await sql<{ table: string; name: string; type: string; generated: boolean }>`
    select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
      a.attgenerated <> '' as generated
    from pg_attribute a join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
    order by c.relname, a.attnum`.execute(db);
  const keys = await sql<{ table: string; name: string; type: string }>`
    select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type
    from pg_index i join pg_class c on c.oid = i.indrelid
    join pg_namespace n on n.oid = c.relnamespace
    cross join lateral unnest(i.indkey) with ordinality k(attnum, ord)
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
    where n.nspname = 'public' and i.indisprimary
    order by c.relname, k.ord`.execute(db);

  const info = new Map<string, TableInfo>(
    tables.rows.map((t) => [
      t.name,
      { name: t.name, columns: [], primaryKey: [], hasBytes: false },
    ]),
  );
  for (const c of columns.rows) {
    const table = info.get(c.table);
    if (!table) continue;
    if (!c.generated) table.columns.push(c.name);
    if (c.type === 'bytea') table.hasBytes = true;
  }
  for (const k of keys.rows) info.get(k.table)?.primaryKey.push({ name: k.name, type: k.type });

  // Kahn's algorithm over foreign keys; a table referring to itself needs no order.
  const parents = new Map<string, Set<string>>([...info.keys()].map((n) => [n, new Set()]));
  for (const l of links.rows) {
    if (l.child !== l.parent && info.has(l.parent)) parents.get(l.child)?.add(l.parent);
  }
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  while (done.size < info.size) {
    const ready = [...info.keys()].filter(
      (n) => !done.has(n) && [...(parents.get(n) ?? [])].every((p) => done.has(p)),
    );
    if (ready.length === 0) {
      const left = [...info.keys()].filter((n) => !done.has(n));
      throw new Error(`Foreign keys form a cycle between tables: ${left.join(', ')}`);
    }
    for (const n of ready) {
      done.add(n);
      ordered.push(info.get(n) as TableInfo);
    }
  }
  return ordered;
}

/** Applied migrations: a restore needs a target migrated to exactly the same list. */
export async function listMigrations(db: Db): Promise<{ name: string; checksum: string }[]> {
  const result = await sql<{ name: string; checksum: string }>`
    select name, checksum from ${sql.table(MIGRATION_TABLE)} order by name`.execute(db);
  return result.rows;
}

/** Current value of every sequence (identity and serial columns), as text to stay exact. */
export async function listSequences(db: Db): Promise<{ name: string; lastValue: string | null }[]> {
  const result = await sql<{ name: string; lastValue: string | null }>`
    select sequencename as name, last_value::text as "lastValue" from pg_sequences
    where schemaname = 'public' order by sequencename`.execute(db);
  return result.rows;
}
