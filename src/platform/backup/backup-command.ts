/** `weerbaar backup FILE` and `weerbaar restore FILE`: thin CLI around writeBackup / restoreBackup. */

import fs from 'node:fs';
import path from 'node:path';
import { type Config, loadConfig } from '../../config';
import { type DatabaseHandle, openDatabase } from '../../db/database';
import { migrate } from '../../db/migrate';
import { type MasterKey, parseMasterKey } from '../crypto/master-key';
import { BackupUnreadable } from './archive-crypto';
import { writeBackup } from './backup';
import { RestoreRefused, restoreBackup } from './restore';

/**
 * The master key as the running application uses it. Unlike start-up, never generate one:
 * a backup or restore under a new key could not read a single data key.
 */
function masterKeyOf(config: Config): MasterKey {
  if (config.masterKey) return parseMasterKey(config.masterKey);
  const file = path.join(config.dataDir, 'master.key');
  if (fs.existsSync(file)) return parseMasterKey(fs.readFileSync(file, 'utf8'));
  throw new RestoreRefused('Set WEERBAAR_MASTER_KEY: the backup is encrypted with the master key.');
}

/** Parse `FILE`, open the configured database, run `fn`; refusals print their reason and exit 1. */
async function withDatabase(
  command: string,
  args: string[],
  fn: (
    config: Config,
    masterKey: MasterKey,
    handle: DatabaseHandle,
    file: string,
  ) => Promise<number>,
): Promise<number> {
  const file = args[0];
  if (!file) {
    console.error(`Usage: weerbaar ${command} FILE`);
    return 2;
  }
  const config = loadConfig();
  try {
    const masterKey = masterKeyOf(config);
    const handle = await openDatabase({
      url: config.databaseUrl,
      dataDir: path.join(config.dataDir, 'pglite'),
    });
    try {
      return await fn(config, masterKey, handle, path.resolve(file));
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof RestoreRefused || error instanceof BackupUnreadable) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

/** `weerbaar backup FILE`: one encrypted, consistent archive of the whole database. */
export function runBackup(args: string[]): Promise<number> {
  return withDatabase('backup', args, async (config, masterKey, handle, file) => {
    const manifest = await writeBackup(handle.db, {
      masterKey,
      engine: handle.engine,
      dataDir: config.dataDir,
      file,
    });
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `Backup written to ${file}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.files.length} files, at migration ${manifest.migrations.at(-1)?.name ?? '(none)'}.`,
    );
    return 0;
  });
}

/** `weerbaar restore FILE`: load a backup into an empty database (migrated first). */
export function runRestore(args: string[]): Promise<number> {
  return withDatabase('restore', args, async (config, masterKey, handle, file) => {
    await migrate(handle.db);
    const manifest = await restoreBackup(handle.db, {
      masterKey,
      file,
      dataDir: config.dataDir,
    });
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `Restored ${rows} rows in ${manifest.tables.length} tables and ${manifest.files.length} files from the backup of ${manifest.createdAt} (${manifest.engine}). Run "weerbaar audit verify" next.`,
    );
    return 0;
  });
}
