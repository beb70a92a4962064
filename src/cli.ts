/**
 * The `weerbaar` command line. This file stays light: it imports no dependency, so
 * `weerbaar --help` and `weerbaar stats estimate` start as fast as Node itself. Each
 * command loads its own code with `import()` when it runs (ADR 0017).
 *
 * To add a command, add one entry to COMMANDS; its handler lives in the module it belongs to.
 */
import path from 'node:path';

interface Command {
  /** Arguments after the command words, for --help. */
  usage?: string;
  summary: string;
  /** Exit code; -1 keeps the process running (a server). */
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  start: {
    summary: 'migrate, load demo data on an empty embedded database, serve the app',
    run: async () => (await import('./cli/start-command')).runStart(),
  },
  migrate: {
    summary: 'apply database migrations',
    run: async () => (await import('./cli/database-commands')).runMigrate(),
  },
  demo: {
    summary: 'load the demo organisations and users',
    run: async () => (await import('./cli/database-commands')).runDemo(),
  },
  'audit verify': {
    summary:
      'check the keyed audit chains against their signed checkpoints; exit 1 and name the first bad event',
    run: async (args) => (await import('./platform/audit/verify-command')).runAuditVerify(args),
  },
  'keys rotate': {
    usage: '[--purpose data|integrity]',
    summary: 'start a new data-key version for every organisation',
    run: async (args) => (await import('./cli/database-commands')).runKeysRotate(args),
  },
  'keys rewrap': {
    usage: '--new-master-key KEY',
    summary: 're-wrap all data keys under a new master key',
    run: async (args) => (await import('./cli/database-commands')).runKeysRewrap(args),
  },
  'domains list': {
    usage: 'CODE',
    summary: "e-mail domains the organisation's IdP may sign in (ADR 0021)",
    run: async (args) => (await import('./cli/database-commands')).runDomains('list', args),
  },
  'domains set': {
    usage: 'CODE [DOMAIN ...]',
    summary: 'replace them (no domains: its IdP signs in nobody)',
    run: async (args) => (await import('./cli/database-commands')).runDomains('set', args),
  },
  backup: {
    usage: 'FILE',
    summary: 'write one consistent, encrypted archive of the database and audit checkpoints',
    run: async (args) => (await import('./platform/backup/backup-command')).runBackup(args),
  },
  restore: {
    usage: 'FILE',
    summary: 'load a backup into an empty database (same master key); refuses a non-empty one',
    run: async (args) => (await import('./platform/backup/backup-command')).runRestore(args),
  },
  'stats estimate': {
    usage: 'FILE.csv --weight weight --strata stratum [--fpc fpc] [--by group] [--level 0.95]',
    summary: 'weighted proportions with confidence intervals (CSV out)',
    run: async (args) => (await import('./stats/cli/estimate-command')).runStatsEstimate(args),
  },
};

function helpText(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => {
    const head = `  ${name}${c.usage ? ` ${c.usage}` : ''}`;
    return head.length < 28
      ? `${head.padEnd(28)}${c.summary}`
      : `${head}\n${' '.repeat(28)}${c.summary}`;
  });
  return `weerbaar — platform voor een weerbaar openbaar bestuur

Usage: weerbaar <command> [options]

Commands:
${lines.join('\n')}
  ${'--help'.padEnd(26)}show this help

Configuration comes from the environment: PORT, DATABASE_URL, WEERBAAR_DATA_DIR,
WEERBAAR_MASTER_KEY, SMTP_URL, PUBLIC_URL (see README.md).
`;
}

/** Run one command; resolves to its exit code, or -1 when it keeps running (start). */
export async function runCli(argv: string[]): Promise<number> {
  const [first, second, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    console.log(helpText());
    return 0;
  }
  const two = second === undefined ? undefined : COMMANDS[`${first} ${second}`];
  if (two) return two.run(rest);
  const one = COMMANDS[first];
  if (one && !first.includes(' ')) return one.run(argv.slice(1));
  console.error(`Unknown command: ${argv.join(' ')}\n`);
  console.error(helpText());
  return 2;
}

/** Run the command line as a process: exit with the command's code once its output is written. */
export async function main(argv: string[]): Promise<void> {
  let code: number;
  try {
    code = await runCli(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    code = 1;
  }
  if (code < 0) return;
  // Output to a pipe may still be queued (macOS); exit only after it is flushed.
  if (process.stdout.writableLength > 0) process.stdout.once('drain', () => process.exit(code));
  else process.exit(code);
}

// `tsx src/cli.ts …` (npm run dev); the built CLI is started by bin/weerbaar.js.
const entry = process.argv[1];
if (entry && path.resolve(entry).replace(/\.ts$/, '') === path.resolve('src/cli')) {
  await main(process.argv.slice(2));
}
