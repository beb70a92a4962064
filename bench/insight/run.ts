/**
 * Benchmark: national insight at 10,000,000 incidents (issue 13, ADR 0036).
 *
 *   npm run bench:insight -- [--incidents 10000000] [--url postgres://postgres@127.0.0.1:5432/test] [--keep]
 *   npm run bench:insight -- --reuse weerbaar_bench_insight_1234 [--keep]
 *
 * --keep leaves the bench database in place (its name is printed) for EXPLAIN ANALYZE.
 * --reuse measures again on a kept database (migrated to the current code by the app's
 * start, its reports as they were loaded): for a re-run on a quieter machine without the
 * ~20 minutes of loading.
 *
 * 1. Creates a database of its own on the server (dropped at the end), starts the real
 *    app on it as a child process (NODE_ENV=production), which migrates it.
 * 2. Adds the 375 organisations and N synthetic incidents spread over them by size
 *    (insert … select … generate_series, the same function as the demo), then rebuilds
 *    the statistical rollup (the hourly job's work).
 * 3. Through the HTTP API as a user meets it (a national analyst's cookie session): the
 *    national aggregate with disclosure control — the first answer after a rebuild
 *    (protects the whole linked publication) and the following ones (slices of it) —
 *    and the organisation dashboard of every one of the 375 organisations (a handler's
 *    session), with the 20 largest organisations on their own.
 * 4. In the same run, the naive GROUP BY over the raw incident table for the same counts.
 * Prints figures, ratios and the machine's load average; never a pass/fail test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../../src/db/database';
import { insertSyntheticIncidents } from '../../src/modules/incidents';
import { rebuildStatistics } from '../../src/modules/national';
import { ORGANISATIONS } from '../../src/modules/national/data/organisations';
import { createSession, SESSION_COOKIE } from '../../src/platform/auth/session-store';
import { addRoles, insertOrganisation, insertPerson } from '../../src/platform/identity';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const INCIDENTS = Number(arg('incidents', '10000000'));
const ADMIN_URL = arg('url', 'postgres://postgres@127.0.0.1:5432/test');
const REUSE = arg('reuse', '');
const KEEP = process.argv.includes('--keep') || REUSE !== '';
/** Rounds over all organisations' dashboards (in a shuffled order each round). */
const DASHBOARD_ROUNDS = 3;

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

/**
 * The bench database's master key, derived from its name: a --reuse run must unwrap the keys
 * the first run wrapped (the audit sealer reads them). A throwaway database of synthetic rows.
 */
const benchMasterKey = (dbName: string) =>
  createHash('sha256').update(`weerbaar-bench:${dbName}`).digest('base64');

async function startApp(
  databaseUrl: string,
  port: number,
  dataDir: string,
  masterKey: string,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      WEERBAAR_DATA_DIR: dataDir,
      WEERBAAR_MASTER_KEY: masterKey,
      WEERBAAR_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // A --reuse start may migrate 10M reports first (a new column rewrites the table: minutes).
  const deadline = Date.now() + 900_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the app exited before it was ready');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return child;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill('SIGKILL');
  throw new Error('the app was not ready within 15 minutes');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** A size between 1 and ~27 from a code, the same on every run (FNV-1a). */
function sizeOf(code: string): number {
  let h = 0x811c9dc5;
  for (const ch of code) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return Math.exp(((h % 1000) / 1000) * 3.3);
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

/** p50, p95 and max of a list of times. */
function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted.at(-1)!)} (n=${sorted.length})`;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(' / ');

/** The same order on every run (a seeded Fisher-Yates shuffle). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

type Handle = Awaited<ReturnType<typeof openDatabase>>;
type Org = { id: string; code: string; weight: number };
type Load = { organisationId: string; count: number };

/** The 375 organisations and N synthetic reports spread over them by size. */
async function load(handle: Handle): Promise<{ orgs: Org[]; loads: Load[] }> {
  const { db } = handle;
  const orgs: Org[] = [];
  for (const [type, code, name] of ORGANISATIONS) {
    const row = await insertOrganisation(db, { type, code, name });
    orgs.push({ id: row.id, code, weight: sizeOf(code) });
  }
  const totalWeight = orgs.reduce((s, o) => s + o.weight, 0);
  const loads = orgs.map((o) => ({
    organisationId: o.id,
    count: Math.round((o.weight / totalWeight) * INCIDENTS),
  }));
  const n = loads.reduce((s, l) => s + l.count, 0);
  console.log(
    `insight bench: ${n.toLocaleString('en')} incidents over ${orgs.length} organisations`,
  );
  const from = new Date('2025-01-01T00:00:00Z');
  const to = new Date('2026-10-01T00:00:00Z');
  let loadMs = 0;
  // In slices of ~25 organisations, so no single statement holds minutes of WAL.
  for (let i = 0; i < loads.length; i += 25) {
    const [, t] = await timed(() => insertSyntheticIncidents(db, loads.slice(i, i + 25), from, to));
    loadMs += t;
  }
  console.log(
    `  load (insert … select generate_series, with the dashboard counts' triggers): ${(loadMs / 1000).toFixed(1)} s`,
  );
  await vacuum(handle);
  return { orgs, loads };
}

/**
 * What autovacuum does after a bulk insert or a table rewrite (PostgreSQL 13+ vacuums on
 * inserts too): the visibility map lets the dashboard's covering indexes answer without
 * reading the heap.
 */
async function vacuum(handle: Handle): Promise<void> {
  const [, vacuumMs] = await timed(async () => {
    for (const table of ['incident', 'incident_dashboard_counts', 'incident_contact_histogram']) {
      await handle.pool.query(`vacuum analyze ${table}`);
    }
  });
  console.log(`  vacuum analyze: ${(vacuumMs / 1000).toFixed(1)} s`);
}

/** The organisations and their report counts of a kept database (--reuse). */
async function loadedOrganisations(handle: Handle): Promise<{ orgs: Org[]; loads: Load[] }> {
  const { rows } = await handle.pool.query<{ id: string; code: string; n: number }>(
    `select o.id, o.code, (select count(*) from incident i where i.organisation_id = o.id)::int as n
     from organisation o where o.code is not null`,
  );
  const orgs = rows.map((r) => ({ id: r.id, code: r.code, weight: sizeOf(r.code) }));
  const loads = rows.map((r) => ({ organisationId: r.id, count: r.n }));
  const n = loads.reduce((s, l) => s + l.count, 0);
  console.log(
    `insight bench (reused ${REUSE}): ${n.toLocaleString('en')} incidents over ${orgs.length} organisations`,
  );
  // The app's start may have migrated the kept database (a new column rewrites the table).
  await vacuum(handle);
  return { orgs, loads };
}

async function main() {
  const dbName = REUSE || `weerbaar_bench_insight_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  if (!REUSE) {
    await admin.query(`drop database if exists ${dbName}`);
    await admin.query(`create database ${dbName}`);
  }
  const url = withDb(ADMIN_URL, dbName);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-bench-insight-'));
  let app: ChildProcess | null = null;
  const handle = await openDatabase({ url, poolSize: 4 });
  try {
    const port = await freePort();
    app = await startApp(url, port, dataDir, benchMasterKey(dbName));
    const { db } = handle;
    const base = `http://127.0.0.1:${port}`;

    console.log(`  machine: ${os.cpus().length} cores, load average ${loadAverage()} (1/5/15 min)`);
    const { orgs, loads } = REUSE ? await loadedOrganisations(handle) : await load(handle);
    const [counted, rebuildMs] = await timed(() => rebuildStatistics({ db }));
    console.log(
      `  rollup rebuild (job): ${(rebuildMs / 1000).toFixed(1)} s for ${counted.toLocaleString('en')} reports`,
    );

    // A national analyst, and a handler in every organisation.
    const analyst = await insertPerson(db, {
      email: `analyst-${process.pid}@bench.invalid`,
      displayName: 'Analyst',
      passwordHash: null,
    });
    await addRoles(db, orgs[0]!.id, analyst.id, ['national_analyst']);
    const session = await createSession(db, analyst.id, 'local');
    const cookie = `${SESSION_COOKIE}=${session.token}`;
    const handler = await insertPerson(db, {
      email: `handler-${process.pid}@bench.invalid`,
      displayName: 'Handler',
      passwordHash: null,
    });
    for (const o of orgs) await addRoles(db, o.id, handler.id, ['handler']);
    const handlerCookie = `${SESSION_COOKIE}=${(await createSession(db, handler.id, 'local')).token}`;

    const get = async (p: string, c: string) => {
      const t0 = performance.now();
      const res = await fetch(`${base}${p}`, { headers: { cookie: c } });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - t0 };
    };

    // National aggregate through the API.
    const national = (q: string) => `/api/v1/orgs/${orgs[0]!.id}/insight/national?${q}`;
    const first = await get(
      national('level=gemeente&granularity=quarter&from=2025-Q1&to=2026-Q3'),
      cookie,
    );
    if (first.status !== 200) throw new Error(`national answered ${first.status}`);
    const questions = [
      'level=gemeente&granularity=quarter',
      'level=gemeente&granularity=year',
      'level=provincie&granularity=quarter&kind=threat',
      'level=layer&granularity=quarter&target=office_holder',
      'level=waterschap&granularity=year&kind=doxing',
      'level=gemeente&granularity=quarter&from=2026-Q1&to=2026-Q3&target=relative',
    ];
    const warm: number[] = [];
    for (let round = 0; round < 5; round++)
      for (const q of questions) warm.push((await get(national(q), cookie)).ms);
    warm.sort((a, b) => a - b);

    // The naive way: the same counts straight from the raw table.
    const [, naiveMs] = await timed(() =>
      handle.pool.query(`
        select organisation_id, date_trunc('quarter', created_at at time zone 'Europe/Amsterdam') q, k, count(*)
        from incident cross join lateral unnest(kinds || array['*']) k
        group by 1, 2, 3`),
    );
    const [, naiveSimpleMs] = await timed(() =>
      handle.pool.query(`
        select organisation_id, date_trunc('quarter', created_at at time zone 'Europe/Amsterdam') q, count(*)
        from incident group by 1, 2`),
    );

    console.log('  national aggregate with disclosure control (HTTP, analyst session):');
    console.log(
      `    first answer after a rebuild (protects the whole publication): ${ms(first.ms)}`,
    );
    console.log(
      `    following answers: p50 ${ms(percentile(warm, 50))}, p95 ${ms(percentile(warm, 95))}, max ${ms(warm.at(-1)!)} (n=${warm.length})`,
    );
    console.log(
      `  naive GROUP BY over the raw table: ${ms(naiveMs)} (kinds unnested), ${ms(naiveSimpleMs)} (totals only)`,
    );
    console.log(
      `    ratio naive / first answer: ${(naiveMs / first.ms).toFixed(1)}x; naive / p95 following: ${(naiveMs / percentile(warm, 95)).toFixed(0)}x (kinds unnested), ${(naiveSimpleMs / percentile(warm, 95)).toFixed(0)}x (totals only)`,
    );

    // Organisation dashboard: every organisation, a year by month, as its handler opens it.
    const dash = (o: string) =>
      `/api/v1/orgs/${o}/insight/dashboard?granularity=month&from=2025-10&to=2026-09`;
    const byOrg = new Map<string, number[]>(orgs.map((o) => [o.id, []]));
    for (let round = 0; round < DASHBOARD_ROUNDS; round++)
      for (const o of shuffled(orgs, round + 1)) {
        const r = await get(dash(o.id), handlerCookie);
        if (r.status !== 200) throw new Error(`dashboard answered ${r.status}`);
        byOrg.get(o.id)!.push(r.ms);
      }
    const all = [...byOrg.values()].flat();
    const largest = [...loads].sort((a, b) => b.count - a.count).slice(0, 20);
    const largestTimes = largest.flatMap((l) => byOrg.get(l.organisationId)!);
    console.log(
      `  organisation dashboard (HTTP, handler session, 12 months by month), all ${orgs.length} organisations x ${DASHBOARD_ROUNDS}: ${summary(all)} (target p95 < 150 ms)`,
    );
    console.log(
      `    the 20 largest (${largest.at(-1)!.count.toLocaleString('en')}-${largest[0]!.count.toLocaleString('en')} reports in total each): ${summary(largestTimes)}`,
    );
    console.log(`  load average at the end: ${loadAverage()} (1/5/15 min)`);
    if (KEEP) console.log(`  kept database ${dbName} (--keep); drop it when done`);
  } finally {
    app?.kill('SIGTERM');
    await handle.pool.end();
    await new Promise((r) => setTimeout(r, 1000));
    if (!KEEP) await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
