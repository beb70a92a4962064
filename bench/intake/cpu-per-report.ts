/**
 * Where a report's CPU goes, without HTTP clients competing for the cores: the real
 * app in this process (app.inject, so no socket parsing), the real PostgreSQL, N reports
 * at C in flight. Prints Node CPU and PostgreSQL backend CPU per report, next to the same
 * figures for the raw insert the intake benchmark compares against.
 *
 *   npx tsx bench/intake/cpu-per-report.ts [--reports 3000] [--concurrency 32] [--url postgres://postgres@127.0.0.1:5432/postgres]
 *                                          [--no-seal]   (without the background audit sealer)
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../../src/app';
import { createLogger, createRuntime } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';
import { newSecret, sha256 } from '../../src/platform/auth/tokens';
import { REPORT } from './report';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const REPORTS = Number(arg('reports', '3000'));
const CONCURRENCY = Number(arg('concurrency', '32'));
const ADMIN_URL = arg('url', 'postgres://postgres@127.0.0.1:5432/postgres');
const TICKS = 100; // USER_HZ: /proc/<pid>/stat counts CPU in 1/100 s

/** CPU seconds used so far by every backend connected to the database. */
async function backendCpu(admin: pg.Client, db: string): Promise<number> {
  const { rows } = await admin.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = $1',
    [db],
  );
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
    } catch {
      // the backend exited
    }
  }
  return ticks / TICKS;
}

async function measure(label: string, admin: pg.Client, db: string, run: () => Promise<void>) {
  const pg0 = await backendCpu(admin, db);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const pg1 = await backendCpu(admin, db);
  const ms = (s: number) => ((s * 1000) / REPORTS).toFixed(2);
  console.log(
    `${label.padEnd(14)} node ${ms((cpu.user + cpu.system) / 1e6)} ms/report (system ${ms(cpu.system / 1e6)})   PostgreSQL ${ms(pg1 - pg0)} ms/report   ${(REPORTS / wall).toFixed(0)} reports/s`,
  );
}

async function inParallel(work: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REPORTS) await work(next++);
    }),
  );
}

const dbName = `weerbaar_cpu_${process.pid}`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`create database ${dbName}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${dbName}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-cpu-'));
const config = loadConfig({
  NODE_ENV: 'production',
  DATABASE_URL: url.toString(),
  WEERBAAR_DATA_DIR: dataDir,
  WEERBAAR_MASTER_KEY: randomBytes(32).toString('base64'),
  WEERBAAR_DEMO: 'false',
  PUBLIC_URL: 'http://127.0.0.1:3000',
});
const runtime = await createRuntime(config, createLogger('warn'));
const app = await buildApp(runtime.deps);
if (!process.argv.includes('--no-seal')) runtime.auditSealer.start();
try {
  const db = runtime.database.pool;
  const org = await db.query<{ id: string }>(
    `insert into organisation (type, code, name) values ('gemeente', 'GM9999', 'Benchgemeente') returning id`,
  );
  const organisationId = org.rows[0]!.id;
  const token = newSecret('wbt');
  await db.query(
    `insert into api_token (organisation_id, name, role, token_hash) values ($1, 'bench', 'reporter', $2)`,
    [organisationId, sha256(token)],
  );
  const payload = JSON.stringify(REPORT);
  const post = async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${organisationId}/incidents`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload,
    });
    if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
  };
  for (let i = 0; i < 300; i++) await post(); // warm-up: keys, plans, JIT
  console.log(`${REPORTS} reports, ${CONCURRENCY} in flight, load average ${os.loadavg()[0]}`);
  await measure('intake', admin, dbName, () => inParallel(post));

  const insert = `insert into incident (organisation_id, source, author_type, author_id, reporter_group, target,
      occurred_on, location, channel, kinds, narrative_enc, perpetrator_known, impacts, witnesses, priority, first_contact_due_on)
    values ($1,'api','api_token',null,'civil_servant','self',$2,'work_location','in_person',$3,$4,false,$5,true,'high',$2)`;
  const narrative = `wb1.data.1.${randomBytes(REPORT.narrative.length + 28).toString('base64url')}`;
  await measure('raw insert', admin, dbName, () =>
    inParallel(async () => {
      const client = await db.connect();
      try {
        await client.query('begin');
        await client.query(insert, [
          organisationId,
          REPORT.occurredOn,
          REPORT.kinds,
          narrative,
          REPORT.impacts,
        ]);
        await client.query('commit');
      } finally {
        client.release();
      }
    }),
  );
} finally {
  await app.close();
  await runtime.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
}
