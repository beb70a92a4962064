/**
 * Benchmark: report intake through the HTTP API against the raw insert limit.
 *
 *   npx tsx bench/intake/run.ts [--seconds 10] [--connections 64] [--url postgres://postgres@127.0.0.1:5432/postgres]
 *                               [--profile DIR]
 *
 * 1. Creates a fresh PostgreSQL database, starts the real app on it as a child
 *    process (NODE_ENV=production, its own master key), adds an organisation and an
 *    API token of role reporter.
 * 2. autocannon posts one realistic, attachment-free report per request at N
 *    connections for S seconds.
 * 3. The raw limit: the same row (same columns, same encrypted-field sizes) inserted
 *    by plain `pg`, each in its own transaction, at the same concurrency for S seconds.
 * Prints both rates, the ratio and p50/p99. Figures only, never a pass/fail test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// autocannon ships no types; the little we use is typed below.
// @ts-expect-error no declaration file
import autocannon from 'autocannon';
import pg from 'pg';
import { newSecret, sha256 } from '../../src/platform/auth/tokens';
import { NARRATIVE, REPORT } from './report';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const SECONDS = Number(arg('seconds', '10'));
const CONNECTIONS = Number(arg('connections', '64'));
const ADMIN_URL = arg('url', 'postgres://postgres@127.0.0.1:5432/postgres');
/** `--profile DIR` writes a V8 CPU profile of the app process there (open in Chrome DevTools). */
const PROFILE_DIR = arg('profile', '');
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 100;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function startApp(databaseUrl: string, port: number, dataDir: string): Promise<ChildProcess> {
  const profile = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/cli.ts', 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      WEERBAAR_DATA_DIR: dataDir,
      WEERBAAR_MASTER_KEY: randomBytes(32).toString('base64'),
      WEERBAAR_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the app exited before it was ready');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return child;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('the app was not ready within 60 s');
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The raw limit: the same row by plain pg, one transaction each, at the same concurrency. */
async function rawInserts(url: string, organisationId: string, tokenId: string) {
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  // Same sizes as the app writes: AES-GCM envelopes of the encrypted fields.
  const envelope = (text: string) =>
    `wb1.data.1.${randomBytes(Buffer.byteLength(text) + 28).toString('base64url')}`;
  const values = [
    organisationId,
    'api',
    'api_token',
    tokenId,
    'civil_servant',
    'self',
    REPORT.occurredOn,
    REPORT.occurredTime,
    'work_location',
    envelope(REPORT.locationDetail),
    'in_person',
    REPORT.kinds,
    envelope(REPORT.narrative),
    false,
    'citizen',
    ['fear'],
    true,
    envelope(REPORT.witnessDetails),
    'high',
    REPORT.occurredOn,
  ];
  const insert = `insert into incident (organisation_id, source, author_type, author_id, reporter_group, target,
      occurred_on, occurred_time, location, location_detail_enc, channel, kinds, narrative_enc, perpetrator_known,
      perpetrator_type, impacts, witnesses, witnesses_enc, priority, first_contact_due_on)
    values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20)`;
  const latencies: number[] = [];
  const end = Date.now() + SECONDS * 1000;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (Date.now() < end) {
        const t0 = performance.now();
        await client.query('begin');
        await client.query(insert, values);
        await client.query('commit');
        latencies.push(performance.now() - t0);
      }
    } finally {
      client.release();
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  await pool.end();
  latencies.sort((a, b) => a - b);
  return {
    rate: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    n: latencies.length,
  };
}

async function main() {
  const dbName = `weerbaar_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${dbName}`);
  await admin.query(`create database ${dbName}`);
  const url = withDb(ADMIN_URL, dbName);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-bench-'));
  const port = await freePort();
  let app: ChildProcess | null = null;
  try {
    app = await startApp(url, port, dataDir);
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const org = await db.query<{ id: string }>(
      `insert into organisation (type, code, name) values ('gemeente', 'GM9999', 'Benchgemeente') returning id`,
    );
    const organisationId = org.rows[0]!.id;
    const token = newSecret('wbt');
    const tok = await db.query<{ id: string }>(
      `insert into api_token (organisation_id, name, role, token_hash) values ($1, 'bench', 'reporter', $2) returning id`,
      [organisationId, sha256(token)],
    );
    const body = JSON.stringify(REPORT);
    console.log(
      `Intake benchmark: ${CONNECTIONS} connections, ${SECONDS} s each, PostgreSQL ${url.replace(/\/\/[^@]*@/, '//')}`,
    );
    console.log(
      `Report body: ${body.length} bytes JSON (narrative ${NARRATIVE.length} characters), no attachments.`,
    );

    // Warm-up: keys, prepared plans, JIT.
    await autocannon({
      url: `http://127.0.0.1:${port}/api/v1/orgs/${organisationId}/incidents`,
      method: 'POST',
      connections: 8,
      duration: 2,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/api/v1/orgs/${organisationId}/incidents`,
      method: 'POST',
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
    const ok = result['2xx'] as number;
    const httpRate = ok / (result.duration as number);
    const non2xx = result.non2xx as number;
    const lat = result.latency as { p50: number; p99: number };
    app.kill('SIGTERM');
    await new Promise((r) => app?.once('exit', r));
    app = null;

    const raw = await rawInserts(url, organisationId, tok.rows[0]!.id);
    await db.end();

    const ratio = httpRate / raw.rate;
    const fmt = (n: number) => n.toFixed(1);
    console.log('');
    console.log(
      `HTTP intake  : ${fmt(httpRate)} reports/s   p50 ${fmt(lat.p50)} ms   p99 ${fmt(lat.p99)} ms   (${ok} created, ${non2xx} non-2xx)`,
    );
    console.log(
      `raw pg insert: ${fmt(raw.rate)} rows/s      p50 ${fmt(raw.p50)} ms   p99 ${fmt(raw.p99)} ms   (${raw.n} rows)`,
    );
    console.log(
      `ratio        : ${(ratio * 100).toFixed(1)}% of the raw insert rate (target ≥ ${TARGET_RATIO * 100}%)`,
    );
    console.log(
      `p99 target   : ${lat.p99 < TARGET_P99_MS ? 'met' : 'missed'} (< ${TARGET_P99_MS} ms)`,
    );
  } finally {
    if (app) app.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

await main();
