import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRuntime } from './bootstrap';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { loadDemoData } from './demo/load-demo';
import { sealAudit, verifyAudit } from './platform/audit/audit-log';
import { parseMasterKey } from './platform/crypto/master-key';

const HELP = `weerbaar — platform voor een weerbaar openbaar bestuur

Usage: weerbaar <command> [options]

Commands:
  start                     migrate, load demo data on an empty embedded database, serve the app
  migrate                   apply database migrations
  demo                      load the demo organisations and users
  audit verify              check the hash chain of the audit log; exit 1 on a broken link
  keys rotate [--purpose data|integrity]
                            start a new data-key version for every organisation
  keys rewrap --new-master-key KEY
                            re-wrap all data keys under a new master key
  stats estimate FILE.csv --weight weight --strata stratum [--fpc fpc] [--by group] [--level 0.95]
                            weighted proportions with confidence intervals (CSV out)
  backup FILE               write an encrypted, consistent archive of the whole database
  restore FILE              load a backup into an empty database (same master key)
  --help                    show this help

Configuration comes from the environment: PORT, DATABASE_URL, WEERBAAR_DATA_DIR,
WEERBAAR_MASTER_KEY, SMTP_URL, PUBLIC_URL (see README.md).
`;

function ensureWebBuild(distDir: string): void {
  if (existsSync(path.join(distDir, 'index.html'))) return;
  if (!existsSync('web/vite.config.ts')) return;
  console.log('Web-app wordt gebouwd (eenmalig)…');
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0)
    console.error('Bouwen van de web-app mislukt; alleen de API is beschikbaar.');
}

async function withRuntime<T>(
  fn: (runtime: Awaited<ReturnType<typeof createRuntime>>) => Promise<T>,
): Promise<T> {
  const runtime = await createRuntime(loadConfig());
  try {
    return await fn(runtime);
  } finally {
    await runtime.close();
  }
}

export async function runCli(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv;
  switch (command) {
    case 'start': {
      ensureWebBuild(loadConfig().webDistDir);
      const { start } = await import('./main');
      await start();
      return -1; // keep running
    }
    case 'migrate': {
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
    case 'demo':
      // Modules register their demo content when imported, as `start` imports them through
      // the app; import them here too so the demo holds what a started Weerbaar shows.
      await import('./modules');
      await withRuntime((rt) => loadDemoData(rt.deps, { print: true }));
      return 0;
    case 'audit': {
      if (sub !== 'verify') break;
      return withRuntime(async (rt) => {
        // Link what has been committed but not yet sealed, so every event is checked.
        const sealed = await sealAudit(rt.deps.db);
        const result = await verifyAudit(rt.deps.db);
        console.log(
          `Audit log: ${result.chains} chains, ${result.events} events checked (${sealed} sealed just now, ${result.pending} still unsealed).`,
        );
        for (const b of result.breaks) {
          console.log(
            `BROKEN: chain ${b.organisationId}, first broken link at seq ${b.seq} (${b.reason})`,
          );
        }
        if (result.breaks.length === 0) console.log('All chains intact.');
        return result.breaks.length === 0 ? 0 : 1;
      });
    }
    case 'keys': {
      if (sub === 'rotate') {
        const purpose = rest[rest.indexOf('--purpose') + 1] === 'integrity' ? 'integrity' : 'data';
        return withRuntime(async (rt) => {
          const orgs = await rt.deps.db.selectFrom('organisation').select('id').execute();
          for (const org of orgs) await rt.deps.keyring.rotateDataKey(rt.deps.db, org.id, purpose);
          console.log(`Rotated the ${purpose} key of ${orgs.length} organisations.`);
          return 0;
        });
      }
      if (sub === 'rewrap') {
        const i = rest.indexOf('--new-master-key');
        const next = parseMasterKey(rest[i + 1] ?? '');
        return withRuntime(async (rt) => {
          const n = await rt.deps.db
            .transaction()
            .execute((trx) => rt.deps.keyring.rewrapAll(trx, next));
          console.log(
            `Re-wrapped ${n} data keys under master key ${next.id}. Set WEERBAAR_MASTER_KEY to the new key now.`,
          );
          return 0;
        });
      }
      break;
    }
    case 'stats': {
      if (sub !== 'estimate') break;
      const { runStatsEstimate } = await import('./stats/cli/estimate-command');
      return runStatsEstimate(rest);
    }
    case 'backup':
      return (await import('./platform/backup/backup-command')).runBackup(argv.slice(1));
    case 'restore':
      return (await import('./platform/backup/backup-command')).runRestore(argv.slice(1));
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      console.log(HELP);
      return 0;
    default:
      break;
  }
  console.error(`Unknown command: ${argv.join(' ')}\n`);
  console.error(HELP);
  return 2;
}

const isMain =
  process.argv[1] &&
  path.resolve(process.argv[1]).replace(/\.ts$/, '') ===
    path.resolve('src/cli').replace(/\.ts$/, '');
if (isMain || process.env.WEERBAAR_CLI === '1') {
  runCli(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exit(code);
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
