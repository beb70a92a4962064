/**
 * Manual check: the real server against PostgreSQL while the PostgreSQL cluster restarts.
 *
 *   npx tsx bench/resilience/restart-cluster.ts [--url postgres://postgres@127.0.0.1:5432/postgres]
 *        [--seconds 90] [--concurrency 16] [--restart [--cluster "15 main"] [--after 10]]
 *
 * 1. Creates a fresh database, starts `node bin/weerbaar.js start` on it (NODE_ENV=production).
 * 2. Drives GET /health/ready and GET /api/v1/organisations at N concurrent loops and prints,
 *    every second, the answers by status.
 * 3. Someone restarts PostgreSQL meanwhile (`pg_ctlcluster 15 main restart`, or stops it for a
 *    minute). Only with --restart does this script restart the cluster itself, --after seconds
 *    in: the cluster is shared, so that is never the default.
 * 4. Prints totals, whether the process survived, the outage as the app saw it (first to last
 *    failed answer), the time from the last failure to all-2xx, and anything but 2xx/503.
 * Figures only, never a pass/fail test; the automated versions are in
 * src/platform/http/database-loss.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { countByStatus, type Outcome, recoveredAt, startLoad } from '../../src/test/load';
import { startServerProcess, tempDataDir } from '../../src/test/server-process';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const adminUrl = arg('url', 'postgres://postgres@127.0.0.1:5432/postgres');
const seconds = Number(arg('seconds', '90'));
const concurrency = Number(arg('concurrency', '16'));
const restart = process.argv.includes('--restart');
const cluster = arg('cluster', '15 main').split(' ');
const restartAfter = Number(arg('after', '10'));

const isFailure = (o: Outcome) => !(typeof o.status === 'number' && o.status < 300);

async function main(): Promise<void> {
  const name = `weerbaar_resilience_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dataDir = tempDataDir();
  console.log(`Starting Weerbaar on database ${name}…`);
  const server = await startServerProcess({ dataDir, databaseUrl: url.toString() });
  let crashed: string | null = null;
  void server.exited.then(({ code, signal }) => {
    crashed = `exit code ${code}, signal ${signal}`;
  });

  const load = startLoad({
    baseUrl: server.baseUrl,
    concurrency,
    requests: [
      { method: 'GET', path: '/health/ready' },
      { method: 'GET', path: '/api/v1/organisations' },
    ],
  });
  console.log(
    restart
      ? `Load running; restarting cluster ${cluster.join(' ')} after ${restartAfter} s.`
      : `Load running for ${seconds} s. Restart PostgreSQL now, e.g.: pg_ctlcluster ${cluster.join(' ')} restart`,
  );
  const started = Date.now();
  let seen = 0;
  for (let s = 1; s <= seconds; s++) {
    await new Promise((r) => setTimeout(r, 1000));
    if (restart && s === restartAfter) {
      const r = spawnSync('pg_ctlcluster', [...cluster, 'restart'], { encoding: 'utf8' });
      console.log(`  pg_ctlcluster restart: exit ${r.status} ${r.stderr.trim()}`);
    }
    const slice = load.outcomes.slice(seen);
    seen = load.outcomes.length;
    console.log(`  ${String(s).padStart(3)} s  ${JSON.stringify(countByStatus(slice))}`);
  }
  await load.stop();

  const failures = load.outcomes.filter(isFailure);
  const unexpected = failures.filter((o) => !(o.status === 503 && o.problem));
  console.log(`\nTotal: ${JSON.stringify(countByStatus(load.outcomes))}`);
  console.log(`Process: ${crashed ? `DIED (${crashed})` : 'survived'}`);
  const first = failures[0];
  const last = failures.at(-1);
  if (first && last) {
    const back = recoveredAt(load.outcomes, last.at);
    console.log(
      `Outage as the app saw it: ${last.at - first.at} ms (from ${first.at - started} ms in); ` +
        `all 2xx again ${back === null ? 'NEVER' : `${back - last.at} ms after the last failure`}`,
    );
  } else {
    console.log('No failed answers at all.');
  }
  console.log(
    unexpected.length === 0
      ? 'Every failure was a 503 problem+json.'
      : `Unexpected answers: ${JSON.stringify(unexpected.slice(0, 5))}`,
  );

  if (!crashed) {
    server.child.kill('SIGTERM');
    const { code } = await server.exited;
    console.log(`SIGTERM: exit code ${code}`);
  }
  server.cleanUp();
  const dropper = new pg.Client({ connectionString: adminUrl });
  await dropper.connect();
  await dropper.query(`drop database if exists ${name} with (force)`);
  await dropper.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
