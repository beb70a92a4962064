/**
 * Time from `npm start` (node bin/weerbaar.js start) to a 200 from /health/ready on the
 * embedded database: median of three cold starts on a fresh data folder (init, migrations,
 * demo data) and of three restarts on the existing folder. Prints figures; never fails.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const RUNS = 3;
const TIMEOUT_MS = 120_000;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function startOnce(dataDir: string): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, ['bin/weerbaar.js', 'start'], {
    env: {
      ...process.env,
      PORT: String(port),
      WEERBAAR_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (performance.now() - t0 > TIMEOUT_MS) throw new Error('not ready in time');
      try {
        const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
        if (res.ok) return performance.now() - t0;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-startup-'));
  cold.push(await startOnce(dir));
  warm.push(await startOnce(dir));
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(
  `cold start (fresh data folder, migrations + demo data): ${cold.map((x) => x.toFixed(0)).join(', ')} ms; median ${median(cold).toFixed(0)} ms`,
);
console.log(
  `restart (existing data folder):                        ${warm.map((x) => x.toFixed(0)).join(', ')} ms; median ${median(warm).toFixed(0)} ms`,
);
