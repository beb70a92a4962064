/** CLI commands that work on the database: loaded only when one of them runs. */
import path from 'node:path';
import { createRuntime, type Runtime } from '../bootstrap';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { loadDemoData } from '../demo/load-demo';
import { parseMasterKey } from '../platform/crypto/master-key';

async function withRuntime<T>(fn: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await createRuntime(loadConfig());
  try {
    return await fn(runtime);
  } finally {
    await runtime.close();
  }
}

/** `weerbaar migrate`. */
export async function runMigrate(): Promise<number> {
  const config = loadConfig();
  const handle = await openDatabase({
    url: config.databaseUrl,
    dataDir: path.join(config.dataDir, 'pglite'),
  });
  try {
    const result = await migrate(handle.db);
    console.log(`Migrations: ${result.applied.length} applied, ${result.total} in total.`);
  } finally {
    await handle.close();
  }
  return 0;
}

/** `weerbaar demo`. */
export async function runDemo(): Promise<number> {
  // Modules register their demo content when imported, as `start` imports them through
  // the app; import them here too so the demo holds what a started Weerbaar shows.
  await import('../modules');
  await withRuntime((rt) => loadDemoData(rt.deps, { print: true }));
  return 0;
}

/** `weerbaar keys rotate [--purpose data|integrity]`. */
export async function runKeysRotate(args: string[]): Promise<number> {
  const purpose = args[args.indexOf('--purpose') + 1] === 'integrity' ? 'integrity' : 'data';
  return withRuntime(async (rt) => {
    const orgs = await rt.deps.db.selectFrom('organisation').select('id').execute();
    for (const org of orgs) await rt.deps.keyring.rotateDataKey(rt.deps.db, org.id, purpose);
    console.log(`Rotated the ${purpose} key of ${orgs.length} organisations.`);
    return 0;
  });
}

/** `weerbaar keys rewrap --new-master-key KEY`. */
export async function runKeysRewrap(args: string[]): Promise<number> {
  const i = args.indexOf('--new-master-key');
  const next = parseMasterKey(args[i + 1] ?? '');
  return withRuntime(async (rt) => {
    const n = await rt.deps.db.transaction().execute((trx) => rt.deps.keyring.rewrapAll(trx, next));
    console.log(
      `Re-wrapped ${n} data keys under master key ${next.id}. Set WEERBAAR_MASTER_KEY to the new key now.`,
    );
    return 0;
  });
}

/** `weerbaar domains list|set CODE [DOMAIN ...]`: verified e-mail domains (ADR 0021). */
export async function runDomains(sub: 'list' | 'set', args: string[]): Promise<number> {
  const { runDomainsCommand } = await import('../platform/auth/oidc/domains-command');
  return withRuntime((rt) => runDomainsCommand(rt.deps.db, sub, args, (line) => console.log(line)));
}
