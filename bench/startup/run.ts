/**
 * Start-up figures; prints, never fails.
 * 1. The CLI as a whole process against `node -e 0` in the same run (ADR 0017): `weerbaar
 *    --help` (goal <= 3x) and `weerbaar stats estimate` on a 4-row file (goal <= 4x).
 * 2. Time from `npm start` (node bin/weerbaar.js start) to a 200 from /health/ready on the
 *    embedded database: median of three cold starts on a fresh data folder (init, migrations,
 *    demo data) and of three restarts on the existing folder. Skip with --cli-only.
 *
 *   npx tsx bench/startup/run.ts [--cli-only]
 */
import { spawn, spawnSync } from 'node:child_process';
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

/** Whole-process runs of the CLI, interleaved with `node -e 0` so load affects all alike. */
const CLI_RUNS = 11;

function cliRatios(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-startup-cli-'));
  const csv = path.join(dir, 'four.csv');
  fs.writeFileSync(csv, 'weight,stratum,yes,group\n10,A,1,x\n12,A,0,y\n20,B,1,x\n22,B,0,y\n');
  const variants: Record<string, string[]> = {
    'node -e 0': ['-e', '0'],
    'weerbaar --help': ['bin/weerbaar.js', '--help'],
    'weerbaar stats estimate (4 rows)': [
      'bin/weerbaar.js',
      'stats',
      'estimate',
      csv,
      '--by',
      'group',
    ],
  };
  // Once first, so a stale build is rebuilt outside the measurement.
  spawnSync(process.execPath, ['bin/weerbaar.js', '--help'], { stdio: 'ignore' });
  const times: Record<string, number[]> = Object.fromEntries(
    Object.keys(variants).map((name) => [name, []]),
  );
  for (let i = 0; i < CLI_RUNS; i++) {
    for (const [name, args] of Object.entries(variants)) {
      const t0 = performance.now();
      const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
      if (result.status !== 0) throw new Error(`${name} exited with ${result.status}`);
      times[name]!.push(performance.now() - t0);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const base = median(times['node -e 0']!);
  const goals: Record<string, number> = {
    'weerbaar --help': 3,
    'weerbaar stats estimate (4 rows)': 4,
  };
  for (const [name, xs] of Object.entries(times)) {
    const m = median(xs);
    const goal = goals[name];
    const ratio = goal ? `  ${(m / base).toFixed(2)}x node -e 0 (goal <= ${goal}x)` : '';
    console.log(`${name.padEnd(34)} median ${m.toFixed(0).padStart(4)} ms${ratio}`);
  }
}

cliRatios();
if (process.argv.includes('--cli-only')) process.exit(0);

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
