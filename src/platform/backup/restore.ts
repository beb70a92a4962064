import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import tar from 'tar-stream';
import type { Db } from '../../db/database';
import type { MasterKey } from '../crypto/master-key';
import { BackupUnreadable, decryptArchive } from './archive-crypto';
import { BACKED_UP_FOLDERS, BACKUP_FORMAT, type BackupManifest, MANIFEST_ENTRY } from './backup';
import { ident, listMigrations, listTables } from './catalog';

/** Raised when the target is not fit for this backup (not empty, other migrations). */
export class RestoreRefused extends Error {}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Every entry of an encrypted archive with its bytes (one entry in memory at a time). */
async function* entries(
  file: string,
  masterKey: MasterKey,
): AsyncGenerator<{ name: string; data: Buffer }> {
  const extract = tar.extract();
  const plain = Readable.from(decryptArchive(fs.createReadStream(file), masterKey));
  plain.on('error', (error) => extract.destroy(error));
  plain.pipe(extract);
  try {
    for await (const entry of extract) {
      const pieces: Buffer[] = [];
      for await (const piece of entry) pieces.push(Buffer.from(piece as Uint8Array));
      yield { name: entry.header.name, data: Buffer.concat(pieces) };
    }
  } catch (error) {
    if (error instanceof BackupUnreadable) throw error;
    throw new BackupUnreadable(`The backup file is damaged (${(error as Error).message}).`);
  } finally {
    plain.destroy();
  }
}

/** First pass: decrypt everything and check every entry against the manifest's SHA-256. */
async function verifyArchive(file: string, masterKey: MasterKey): Promise<BackupManifest> {
  const seen = new Map<string, string>();
  let manifest: BackupManifest | null = null;
  for await (const entry of entries(file, masterKey)) {
    if (entry.name === MANIFEST_ENTRY) manifest = JSON.parse(entry.data.toString('utf8'));
    else seen.set(entry.name, sha256(entry.data));
  }
  if (!manifest || manifest.format !== BACKUP_FORMAT) {
    throw new BackupUnreadable('The backup has no manifest of a known format.');
  }
  const expected = [...manifest.tables.flatMap((t) => t.parts), ...manifest.files];
  for (const part of expected) {
    if (seen.get(part.name) !== part.sha256) {
      throw new BackupUnreadable(
        `The backup file is damaged: ${part.name} does not match its checksum.`,
      );
    }
  }
  if (seen.size !== expected.length)
    throw new BackupUnreadable('The backup holds unknown entries.');
  return manifest;
}

/** Refuse unless the target has the backup's migrations, its tables and no data at all. */
async function checkTarget(db: Db, manifest: BackupManifest, dataDir?: string) {
  const here = await listMigrations(db);
  const same =
    here.length === manifest.migrations.length &&
    here.every(
      (m, i) =>
        m.name === manifest.migrations[i]?.name && m.checksum === manifest.migrations[i]?.checksum,
    );
  if (!same) {
    throw new RestoreRefused(
      `The target database is at migration ${here.at(-1)?.name ?? '(none)'}, the backup at ${manifest.migrations.at(-1)?.name ?? '(none)'}: restore with the Weerbaar version that made the backup.`,
    );
  }
  const tables = new Map((await listTables(db)).map((t) => [t.name, t]));
  for (const t of manifest.tables) {
    const target = tables.get(t.name);
    if (!target || target.columns.join(',') !== t.columns.join(',')) {
      throw new RestoreRefused(`Table ${t.name} differs between the backup and the target.`);
    }
  }
  const filled: string[] = [];
  for (const name of tables.keys()) {
    const any = await sql`select 1 from ${sql.table(name)} limit 1`.execute(db);
    if (any.rows.length > 0) filled.push(name);
  }
  if (filled.length > 0) {
    throw new RestoreRefused(
      `The target database is not empty (data in ${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''}); restore only into a new, migrated database.`,
    );
  }
  for (const folder of BACKED_UP_FOLDERS) {
    const dir = dataDir ? path.join(dataDir, folder) : null;
    if (dir && fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      throw new RestoreRefused(
        `The data folder already holds ${dir}; restore into a new data folder.`,
      );
    }
  }
}

export interface RestoreOptions {
  masterKey: MasterKey;
  file: string;
  /** Data folder to write the archive's files (audit checkpoints) into. */
  dataDir?: string;
}

/**
 * Load a backup into an empty database migrated to the same version: verify every checksum
 * first, then write all rows in one transaction (parents first), set the sequences, and
 * write the data-folder files after the commit. Nothing is written when anything is off.
 */
export async function restoreBackup(db: Db, options: RestoreOptions): Promise<BackupManifest> {
  const manifest = await verifyArchive(options.file, options.masterKey);
  await checkTarget(db, manifest, options.dataDir);
  const tables = new Map(manifest.tables.map((t) => [t.name, t]));
  const partTable = new Map(
    manifest.tables.flatMap((t) => t.parts.map((p) => [p.name, { table: t, part: p }] as const)),
  );
  const files: { name: string; data: Buffer }[] = [];
  const cleared = new Set<string>();
  await db.transaction().execute(async (trx) => {
    await checkTarget(trx, manifest, options.dataDir);
    for await (const entry of entries(options.file, options.masterKey)) {
      if (entry.name === MANIFEST_ENTRY) continue;
      const known = partTable.get(entry.name);
      const expected =
        known?.part.sha256 ?? manifest.files.find((f) => f.name === entry.name)?.sha256;
      if (sha256(entry.data) !== expected) {
        throw new BackupUnreadable(`The backup file changed while it was read (${entry.name}).`);
      }
      if (!known) {
        files.push(entry);
        continue;
      }
      const table = tables.get(known.table.name);
      if (!table) continue;
      if (!cleared.has(table.name)) {
        // The target was empty (checkTarget): rows here now were written by triggers while
        // earlier tables were restored (counts kept on write, ADR 0043). The backup's rows are
        // the truth, so they replace them rather than collide with them.
        cleared.add(table.name);
        await sql`delete from ${sql.table(table.name)}`.execute(trx);
      }
      const columns = sql.raw(table.columns.map(ident).join(', '));
      const rows = `[${entry.data.toString('utf8').trimEnd().split('\n').join(',')}]`;
      await sql`insert into ${sql.table(table.name)} (${columns}) overriding system value
        select ${columns} from json_populate_recordset(null::${sql.table(table.name)}, ${rows}::json)`.execute(
        trx,
      );
    }
    for (const s of manifest.sequences) {
      if (s.lastValue === null) continue;
      await sql`select setval(${ident(s.name)}::regclass, ${s.lastValue}::bigint, true)`.execute(
        trx,
      );
    }
  });
  for (const file of files) {
    const target = path.join(options.dataDir ?? '.', file.name.replace(/^files\//, ''));
    if (!options.dataDir || path.relative(options.dataDir, target).startsWith('..')) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.data, { mode: 0o600 });
  }
  return manifest;
}
