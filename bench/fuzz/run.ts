/**
 * Schema-driven fuzzing of the whole HTTP API, in-process (app.inject).
 *
 *   npm run bench:fuzz -- [--requests 100000] [--seed 1] [--url postgres://postgres@127.0.0.1:5432/postgres]
 *
 * Builds the real app on a fresh migrated database (embedded PGlite, or a new
 * PostgreSQL database when --url is given, dropped afterwards), loads the demo data,
 * and sends N requests generated from the OpenAPI document as every role. Prints
 * counts by status and by route, requests/s, and every response that breaks the
 * rule (a 5xx, or a 4xx that is not problem+json naming its field) with the request
 * that reproduces it. Exits 1 when there is one.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { buildAppOnDatabase } from '../../src/test/app-on-database';
import { describeFailure, runFuzz } from '../../src/test/fuzz/fuzz-campaign';
import { createFuzzWorld } from '../../src/test/fuzz/fuzz-world';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const REQUESTS = Number(arg('requests', '100000'));
const SEED = Number(arg('seed', '1'));
const ADMIN_URL = arg('url', '');

async function openFresh(): Promise<DatabaseHandle> {
  if (!ADMIN_URL) return openDatabase({ dataDir: 'memory://' });
  const name = `weerbaar_fuzz_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  const handle = await openDatabase({ url: u.toString() });
  return {
    ...handle,
    async close() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: ADMIN_URL });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

const database = await openFresh();
await migrate(database.db);
const t = await buildAppOnDatabase(database);
try {
  const world = await createFuzzWorld(t);
  console.log(
    `${world.operations.length} operations, ${world.actors().length} actors, ${world.ids.size} ids learnt; ` +
      `${REQUESTS} requests, seed ${SEED}, ${database.engine}`,
  );
  const result = await runFuzz(t.app, world, {
    requests: REQUESTS,
    seed: SEED,
    keepFailures: 30,
    onProgress: (done) => {
      if (done % 10_000 === 0) console.log(`  ${done} sent`);
    },
  });
  console.log('\nBy status:');
  for (const [status, n] of [...result.byStatus].sort((a, b) => a[0] - b[0])) {
    console.log(`  ${status}  ${String(n).padStart(8)}`);
  }
  const line = (counts: Map<number, number>) =>
    [...counts]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}:${n}`)
      .join(' ');
  console.log('\nBy route (status:count):');
  for (const [route, counts] of [...result.byRoute].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${route.padEnd(80)} ${line(counts)}`);
  }
  console.log('\nBy kind of input (status:count):');
  for (const [variant, counts] of [...result.byVariant].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${variant.padEnd(28)} ${line(counts)}`);
  }
  console.log('\nSlowest routes (total seconds):');
  for (const [route, ms] of [...result.msByRoute].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
    console.log(`  ${route.padEnd(80)} ${(ms / 1000).toFixed(1)}`);
  }
  const fiveHundreds = [...result.byStatus]
    .filter(([s]) => s >= 500)
    .reduce((a, [, n]) => a + n, 0);
  console.log(
    `\n${result.requests} requests in ${result.seconds.toFixed(1)} s = ${Math.round(result.requests / result.seconds)} requests/s; ` +
      `${fiveHundreds} responses >= 500; ${result.failures.length} rule breaks kept`,
  );
  for (const f of result.failures) console.log(`\n${describeFailure(f)}`);
  process.exitCode = result.failures.length > 0 ? 1 : 0;
} finally {
  await t.close();
}
