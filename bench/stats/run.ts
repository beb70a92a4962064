/**
 * Benchmark: `weerbaar stats estimate` against R's survey package on the same
 * 1,000,000-respondent file (10 strata, 3 indicators with item non-response,
 * one breakdown with 3 levels). Both run as whole processes (our compiled CLI
 * through bin/weerbaar.js, R through Rscript), and both are also timed inside
 * the process (reading, estimating and writing, without start-up): we print
 * wall and CPU times, both ratios, peak memory and whether the numbers agree.
 * On a busy machine the CPU ratio is the one to trust.
 *
 *   npx tsx bench/stats/run.ts [--rows 1000000] [--keep] [--no-r]
 *   (npm run bench:stats)
 *
 * Figures only, never a pass/fail test: timings depend on the machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runStatsEstimate } from '../../src/stats/cli/estimate-command';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ORACLE = process.env.WEERBAAR_SURVEY_ORACLE ?? resolve(ROOT, 'tools/survey-oracle.R');
const GNU_TIME = '/usr/bin/time';
const DEFAULT_ROWS = 1_000_000;
const STRATA = 10;
const GROUPS = ['gemeente', 'provincie', 'waterschap'];

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Deterministic PRNG (mulberry32) so every run measures the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(file: string, rows: number): void {
  const rand = random(2024);
  const chunks: string[] = ['weight,stratum,aggression,intimidation,reported,group\n'];
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const h = Math.floor(rand() * STRATA);
    const g = Math.floor(rand() * GROUPS.length);
    // Design weight per stratum times a non-response adjustment, 4 decimals.
    const weight = ((20 + 15 * h) * (0.75 + 0.5 * rand())).toFixed(4);
    const item = (p: number, missing: number): string =>
      rand() < missing ? '' : rand() < p ? '1' : '0';
    chunk += `${weight},S${h + 1},${item(0.3 + 0.02 * h, 0.03)},${item(0.12 + 0.05 * g, 0.05)},${item(0.45, 0.1)},${GROUPS[g]}\n`;
    if (chunk.length > 1 << 20) {
      chunks.push(chunk);
      chunk = '';
    }
  }
  chunks.push(chunk);
  writeFileSync(file, chunks.join(''));
}

interface Run {
  seconds: number;
  /** User + system CPU seconds (GNU time), less sensitive to a busy machine than wall time. */
  cpuSeconds: number | undefined;
  peakMb: number | undefined;
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Run a command, through GNU time -v when present to read the peak resident memory. */
function run(command: string, args: string[]): Promise<Run> {
  const timed = existsSync(GNU_TIME);
  const [cmd, argv] = timed ? [GNU_TIME, ['-v', command, ...args]] : [command, args];
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const stderr = Buffer.concat(err).toString('utf8');
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      done({
        seconds,
        cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : undefined,
        peakMb: kb ? Number(kb[1]) / 1024 : undefined,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        code,
      });
    });
  });
}

/** Largest relative difference per numeric column between two outputs with the same rows. */
function compare(
  ours: string,
  theirs: string,
): { identical: boolean; maxRelative: number; rows: number } {
  const a = ours.trim().split('\n');
  const b = theirs.trim().split('\n');
  let maxRelative = 0;
  if (a.length !== b.length)
    return { identical: false, maxRelative: Number.POSITIVE_INFINITY, rows: a.length };
  for (let i = 1; i < a.length; i++) {
    const x = a[i]!.split(',');
    const y = b[i]!.split(',');
    if (x[0] !== y[0] || x[1] !== y[1])
      return { identical: false, maxRelative: Number.POSITIVE_INFINITY, rows: a.length };
    for (let k = 2; k < 9; k++) {
      const u = Number(x[k]);
      const v = Number(y[k]);
      if (x[k] === y[k]) continue;
      const rel = Math.abs(u - v) / Math.max(Math.abs(v), Number.MIN_VALUE);
      maxRelative = Math.max(maxRelative, Number.isNaN(rel) ? Number.POSITIVE_INFINITY : rel);
    }
  }
  return { identical: ours === theirs, maxRelative, rows: a.length - 1 };
}

const mb = (v: number | undefined): string =>
  v === undefined ? 'n/a (no /usr/bin/time)' : `${v.toFixed(0)} MB`;

/** Runs of our command per variant; the median is reported. R runs once (it takes ~40 s). */
const REPEATS = 3;

async function repeat(once: () => Promise<Run>): Promise<Run[]> {
  const runs: Run[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const r = await once();
    if (r.code !== 0) {
      console.error(r.stderr);
      throw new Error(`our command exited with ${r.code}`);
    }
    runs.push(r);
  }
  return runs;
}

function median(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
}

function describe(runs: Run[]): string {
  const m = median(runs);
  const cpu = m.cpuSeconds === undefined ? '' : `, ${m.cpuSeconds.toFixed(2)} s CPU`;
  const all =
    runs.length > 1
      ? ` (wall of each run: ${runs.map((r) => r.seconds.toFixed(2)).join(', ')})`
      : '';
  return `${m.seconds.toFixed(2)} s wall${cpu}, peak ${mb(m.peakMb)}${all}`;
}

function ratio(r: Run, ours: Run): string {
  const cpu =
    r.cpuSeconds && ours.cpuSeconds ? `, ${(r.cpuSeconds / ours.cpuSeconds).toFixed(1)}x CPU` : '';
  return `${(r.seconds / ours.seconds).toFixed(1)}x wall${cpu}`;
}

/** Our command inside this process: reading, estimating and writing, without start-up. */
async function oursInProcess(
  args: string[],
): Promise<{ seconds: number; cpuSeconds: number; stdout: string }> {
  const runs: { seconds: number; cpuSeconds: number; stdout: string }[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const chunks: string[] = [];
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const code = await runStatsEstimate(args, {
      stdout: { write: (text: string) => chunks.push(text) },
      stderr: { write: (text: string) => process.stderr.write(text) },
    });
    const seconds = (performance.now() - t0) / 1000;
    const used = process.cpuUsage(cpu);
    if (code !== 0) throw new Error(`in-process run exited with ${code}`);
    runs.push({ seconds, cpuSeconds: (used.user + used.system) / 1e6, stdout: chunks.join('') });
  }
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
}

/** R code that runs the oracle on `file` and reports its own time on stderr. */
function rTimedOracle(file: string): string {
  return [
    'suppressPackageStartupMessages(library(survey))',
    `commandArgs <- function(trailingOnly = FALSE) ${JSON.stringify(file)}`,
    't0 <- proc.time()',
    `source(${JSON.stringify(ORACLE)})`,
    't1 <- proc.time() - t0',
    "message(sprintf('in-process: %.3f s wall, %.3f s CPU', t1[['elapsed']], t1[['user.self']] + t1[['sys.self']]))",
  ].join('; ');
}

async function main(): Promise<void> {
  const rows = Number(argValue('--rows') ?? DEFAULT_ROWS);
  const dir = mkdtempSync(join(tmpdir(), 'weerbaar-bench-stats-'));
  const file = join(dir, 'respondents.csv');
  try {
    const started = process.hrtime.bigint();
    generate(file, rows);
    const generated = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(1);
    console.log(`generated ${rows.toLocaleString('en')} rows in ${generated} s: ${file}`);
    const [load] = loadavg();
    console.log(
      `load average ${load!.toFixed(2)} on ${cpus().length} CPUs (other work slows every figure)`,
    );

    const args = [file, '--by', 'group'];
    const processRuns = await repeat(() =>
      run(process.execPath, ['bin/weerbaar.js', 'stats', 'estimate', ...args]),
    );
    const ours = median(processRuns);
    console.log(`weerbaar stats estimate (whole process):  ${describe(processRuns)}`);
    const inProcess = await oursInProcess(args);
    if (inProcess.stdout !== ours.stdout)
      console.log('warning: in-process output differs from the command');
    console.log(
      `weerbaar stats estimate (in process):     ${inProcess.seconds.toFixed(2)} s wall, ${inProcess.cpuSeconds.toFixed(2)} s CPU (median of ${REPEATS})`,
    );

    let hasR = false;
    if (!process.argv.includes('--no-r')) {
      const probe = await run('Rscript', ['--version']).catch(() => undefined);
      hasR = probe !== undefined && probe.code === 0 && existsSync(ORACLE);
      if (!hasR) console.log(`Rscript or ${ORACLE} not found: only our time is measured`);
    }
    if (!hasR) {
      console.log(ours.stdout);
      return;
    }
    // One R run gives both figures: the process as a whole, and the oracle script timed
    // inside it after the survey package is loaded.
    const r = await run('Rscript', ['-e', rTimedOracle(file)]);
    if (r.code !== 0) {
      console.error(r.stderr);
      throw new Error(`Rscript exited with ${r.code}`);
    }
    const rIn = /in-process: ([\d.]+) s wall, ([\d.]+) s CPU/.exec(r.stderr);
    console.log(`Rscript survey-oracle.R (whole process):  ${describe([r])}`);
    if (rIn)
      console.log(`Rscript survey-oracle.R (in process):     ${rIn[1]} s wall, ${rIn[2]} s CPU`);
    console.log(`ratio R / ours, whole process: ${ratio(r, ours)} (target >= 30x, stretch 50x)`);
    if (rIn) {
      const wall = Number(rIn[1]) / inProcess.seconds;
      const cpu = Number(rIn[2]) / inProcess.cpuSeconds;
      console.log(
        `ratio R / ours, in process:    ${wall.toFixed(1)}x wall, ${cpu.toFixed(1)}x CPU`,
      );
    }
    const diff = compare(ours.stdout, r.stdout);
    console.log(
      `numbers: ${diff.identical ? 'byte-identical output' : 'outputs differ'}; ` +
        `max relative difference ${diff.maxRelative.toExponential(2)} over ${diff.rows} rows`,
    );
    if (!diff.identical) console.log(`--- ours\n${ours.stdout}--- R\n${r.stdout}`);
  } finally {
    if (process.argv.includes('--keep')) console.log(`kept ${file}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
