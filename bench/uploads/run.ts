/**
 * Memory of concurrent uploads (issue 10): 20 signed-in reporters each send a 10 MB evidence
 * file at the same moment, over real HTTP, to a server in a child process; this prints the
 * server's resident memory before and at its peak. Uploads stream into encrypted spools and
 * sealed 64 KiB chunks, so the growth should stay far below the 200 MB that was sent.
 *
 *   npx tsx bench/uploads/run.ts [--uploads 20] [--mb 10] [--url postgres://postgres@127.0.0.1:5432/postgres | --pglite]
 *
 * With --pglite the database runs inside the server process (on disk in a temp folder), so
 * its own buffers count too.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PNG_OVERHEAD, pngBytes } from '../../src/test/png';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

interface Ready {
  port: number;
  orgId: string;
  headers: Record<string, string>;
}

/** The server side: app + database in this (child) process; prints how to reach it. */
async function serve() {
  const pg = (await import('pg')).default;
  const { openDatabase } = await import('../../src/db/database');
  const { migrate } = await import('../../src/db/migrate');
  const { buildTestApp } = await import('../../src/test/test-app');
  const { buildOrganisation, buildPerson } = await import('../../src/test/factories');
  const adminUrl = process.env.BENCH_ADMIN_URL;
  let database: Awaited<ReturnType<typeof openDatabase>>;
  let dropDatabase = async () => {};
  if (adminUrl) {
    const name = `weerbaar_uploads_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ url: url.toString() });
    dropDatabase = async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-bench-uploads-'));
    database = await openDatabase({ dataDir: dir });
    const close = database.close;
    database.close = async () => {
      await close();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  await migrate(database.db);
  const t = await buildTestApp({}, { database });
  const org = await buildOrganisation(t.deps.db);
  const person = await buildPerson(t.deps.db, org.id, ['reporter']);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const ready: Ready = { port, orgId: org.id, headers: person.headers };
  console.log(JSON.stringify(ready));
  process.stdin.resume();
  process.stdin.on('end', async () => {
    await t.close();
    await dropDatabase();
    process.exit(0);
  });
}

/** Resident memory of a process in MB, from /proc. */
function rssMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function main() {
  const uploads = Number(arg('uploads', '20'));
  const mb = Number(arg('mb', '10'));
  const engine = process.argv.includes('--pglite') ? 'pglite' : 'postgres';
  const adminUrl = arg('url', 'postgres://postgres@127.0.0.1:5432/postgres');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve'],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: {
        ...process.env,
        ...(engine === 'postgres' ? { BENCH_ADMIN_URL: adminUrl } : {}),
        TEST_LOG_LEVEL: 'silent',
      },
    },
  );
  const lines = readline.createInterface({ input: child.stdout });
  const ready = await new Promise<Ready>((resolve) =>
    lines.on('line', (line) => {
      if (line.startsWith('{')) resolve(JSON.parse(line));
    }),
  );
  const pid = child.pid ?? 0;
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const report = JSON.stringify({
    reporterGroup: 'civil_servant',
    target: 'self',
    occurredOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    location: 'work_location',
    channel: 'in_person',
    kinds: ['threat'],
    narrative: 'Benchmark: een bezoeker dreigde.',
    perpetratorKnown: false,
    perpetratorType: 'citizen',
    impacts: ['fear'],
  });
  const body = (size: number) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="report"\r\n\r\n${report}\r\n--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="opname.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      pngBytes(randomBytes(size - PNG_OVERHEAD)),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
  const send = async (payload: Buffer) => {
    const res = await fetch(
      `http://127.0.0.1:${ready.port}/api/v1/orgs/${ready.orgId}/incidents/with-attachments`,
      {
        method: 'POST',
        headers: {
          ...ready.headers,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body: new Uint8Array(payload),
      },
    );
    if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
  };
  // One upload first, so lazily loaded code and first-use caches are not counted as growth.
  await send(body(mb * 1024 * 1024));
  const payloads = Array.from({ length: uploads }, () => body(mb * 1024 * 1024));
  const before = rssMb(pid);
  fs.writeFileSync(`/proc/${pid}/clear_refs`, '5'); // reset the peak (VmHWM) to now
  let sampledPeak = before;
  const sampler = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, rssMb(pid));
  }, 20);
  const t0 = performance.now();
  await Promise.all(payloads.map(send));
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const peak = Math.max(sampledPeak, rssMb(pid, 'VmHWM'));
  console.log(
    `engine=${engine} uploads=${uploads} x ${mb} MB in ${seconds.toFixed(1)} s; server RSS before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, growth ${(peak - before).toFixed(0)} MB (bound: 100 MB)`,
  );
  child.stdin.end();
  await new Promise((resolve) => child.on('exit', resolve));
}

if (process.argv.includes('--serve')) await serve();
else await main();
