import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import tar from 'tar-stream';
import type { Db, Engine } from '../../db/database';
import type { MasterKey } from '../crypto/master-key';
import { encryptArchive } from './archive-crypto';
import { ident, listMigrations, listSequences, listTables, type TableInfo } from './catalog';

/** Archive format version, written into the manifest. */
export const BACKUP_FORMAT = 1;
/** A table is written in parts of about this size, so no table is held whole in memory. */
const PART_BYTES = 8 * 1024 * 1024;
/** Rows read per query; tables with bytea columns (files) a few at a time. */
const BATCH_ROWS = 1000;
const BATCH_ROWS_WITH_BYTES = 16;
/** Folders of the data directory that belong in a backup (plain file copies). */
export const BACKED_UP_FOLDERS = ['audit-checkpoints'] as const;

export interface ArchivePart {
  /** Entry name in the archive. */
  name: string;
  sha256: string;
  bytes: number;
}

export interface TableManifest {
  name: string;
  columns: string[];
  rows: number;
  parts: (ArchivePart & { rows: number })[];
}

/** Last entry of the archive: what it holds and the checksum of every other entry. */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  engine: Engine;
  masterKeyId: string;
  migrations: { name: string; checksum: string }[];
  tables: TableManifest[];
  sequences: { name: string; lastValue: string | null }[];
  files: ArchivePart[];
}

export const MANIFEST_ENTRY = 'manifest.json';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function addEntry(pack: tar.Pack, name: string, data: Buffer): Promise<ArchivePart> {
  return new Promise((resolve, reject) => {
    pack.entry({ name, size: data.length, mode: 0o600 }, data, (error) =>
      error ? reject(error) : resolve({ name, sha256: sha256(data), bytes: data.length }),
    );
  });
}

/** One table as JSON Lines (`to_json` of each row keeps every type exact), in key order. */
async function dumpTable(
  trx: Db,
  pack: tar.Pack,
  table: TableInfo,
  position: number,
): Promise<TableManifest> {
  const manifest: TableManifest = { name: table.name, columns: table.columns, rows: 0, parts: [] };
  const folder = `tables/${String(position).padStart(3, '0')}-${table.name}`;
  const keyList = sql.raw(table.primaryKey.map((k) => `t.${ident(k.name)}`).join(', '));
  const keyText = sql.raw(
    table.primaryKey.map((k, i) => `t.${ident(k.name)}::text as k${i}`).join(', '),
  );
  const limit = table.hasBytes ? BATCH_ROWS_WITH_BYTES : BATCH_ROWS;
  let lines: string[] = [];
  let bytes = 0;
  const flush = async () => {
    if (lines.length === 0) return;
    const name = `${folder}/${String(manifest.parts.length).padStart(6, '0')}.jsonl`;
    const part = await addEntry(pack, name, Buffer.from(`${lines.join('\n')}\n`));
    manifest.parts.push({ ...part, rows: lines.length });
    lines = [];
    bytes = 0;
  };
  let last: string[] | null = null;
  for (;;) {
    const rows: { j: string; [k: string]: string }[] =
      table.primaryKey.length === 0
        ? (
            await sql<{
              j: string;
            }>`select to_json(t)::text as j from ${sql.table(table.name)} as t`.execute(trx)
          ).rows
        : (
            await sql<{ j: string; [k: string]: string }>`
              select to_json(t)::text as j, ${keyText} from ${sql.table(table.name)} as t
              ${
                last
                  ? sql`where (${keyList}) > (${sql.join(
                      last.map(
                        (v, i) =>
                          sql`cast(${v} as ${sql.raw(table.primaryKey[i]?.type ?? 'text')})`,
                      ),
                    )})`
                  : sql``
              }
              order by ${keyList} limit ${limit}`.execute(trx)
          ).rows;
    for (const row of rows) {
      lines.push(row.j);
      bytes += row.j.length;
      manifest.rows++;
      if (bytes >= PART_BYTES) await flush();
    }
    const tail = rows.at(-1);
    if (table.primaryKey.length === 0 || !tail || rows.length < limit) break;
    last = table.primaryKey.map((_, i) => tail[`k${i}`] ?? '');
  }
  await flush();
  return manifest;
}

function* filesUnder(root: string, dir = root): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(root, full);
    else if (entry.isFile()) yield full;
  }
}

export interface BackupOptions {
  masterKey: MasterKey;
  engine: Engine;
  /** Data folder whose BACKED_UP_FOLDERS are copied into the archive, when present. */
  dataDir?: string;
  /** Output file; written beside as `.partial` and renamed when complete. */
  file: string;
}

/**
 * Write one consistent, encrypted archive of the whole database: every table read in one
 * REPEATABLE READ, read-only transaction (one snapshot), in foreign-key order, plus the
 * audit checkpoint files of the data folder and a manifest. See ADR 0018.
 */
export async function writeBackup(db: Db, options: BackupOptions): Promise<BackupManifest> {
  const partial = `${options.file}.partial`;
  const pack = tar.pack();
  const writing = pipeline(
    Readable.from(encryptArchive(pack as AsyncIterable<Buffer>, options.masterKey)),
    fs.createWriteStream(partial, { mode: 0o600 }),
  );
  try {
    const manifest = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx): Promise<BackupManifest> => {
        const tables = await listTables(trx);
        const dumped: TableManifest[] = [];
        for (const [i, table] of tables.entries())
          dumped.push(await dumpTable(trx, pack, table, i));
        return {
          format: BACKUP_FORMAT,
          createdAt: new Date().toISOString(),
          engine: options.engine,
          masterKeyId: options.masterKey.id,
          migrations: await listMigrations(trx),
          tables: dumped,
          sequences: await listSequences(trx),
          files: [],
        };
      });
    for (const folder of BACKED_UP_FOLDERS) {
      const root = options.dataDir ? path.join(options.dataDir, folder) : null;
      if (!root || !fs.existsSync(root)) continue;
      for (const file of filesUnder(root)) {
        const name = `files/${folder}/${path.relative(root, file).split(path.sep).join('/')}`;
        manifest.files.push(await addEntry(pack, name, fs.readFileSync(file)));
      }
    }
    await addEntry(pack, MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 2)));
    pack.finalize();
    await writing;
    fs.renameSync(partial, options.file);
    return manifest;
  } catch (error) {
    pack.destroy(error as Error);
    await writing.catch(() => {});
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
