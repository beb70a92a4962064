/**
 * Benchmark: `weerbaar stats estimate` with given bootstrap replicate weights
 * against R's survey package (svrepdesign + svyciprop) on the same file:
 * ROWS respondents x 80 bootstrap replicate-weight columns, 2 indicators, one
 * breakdown with 3 levels, interval method "mean" (R's logit would refit a
 * glm per replicate and domain). Both sides are timed inside their process
 * (reading, estimating, writing; not start-up), and the outputs compared.
 *
 *   npx tsx bench/stats/replicates.ts [--rows 1000000] [--replicates 80] [--no-r]
 *   (npm run bench:stats-replicates)
 *
 * Figures only, never a pass/fail test: timings depend on the machine.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runStatsEstimate } from '../../src/stats/cli/estimate-command';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ORACLE = process.env.WEERBAAR_SURVEY_ORACLE ?? resolve(ROOT, 'tools/survey-oracle.R');
const GROUPS = ['gemeente', 'provincie', 'waterschap'];

function argNumber(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** The file, written in blocks so a million rows x 80 columns never sit in one string. */
async function generate(file: string, rows: number, replicates: number): Promise<void> {
  let state = 80;
  const rand = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = createWriteStream(file);
  const names = Array.from({ length: replicates }, (_, r) => `bs${r + 1}`);
  out.write(`weight,group,aggression,reported,${names.join(',')}\n`);
  let block = '';
  for (let i = 0; i < rows; i++) {
    const w = 20 + 80 * rand();
    const g = Math.floor(rand() * GROUPS.length);
    const item = (p: number): string => (rand() < 0.05 ? '' : rand() < p ? '1' : '0');
    block += `${w.toFixed(3)},${GROUPS[g]},${item(0.3 + 0.05 * g)},${item(0.45)}`;
    // Bootstrap replicate weights: the weight times a positive resampling factor.
    for (let r = 0; r < replicates; r++) block += `,${(w * (0.05 + 1.9 * rand())).toFixed(3)}`;
    block += '\n';
    if (block.length > 1 << 22) {
      if (!out.write(block)) await new Promise<void>((go) => out.once('drain', () => go()));
      block = '';
    }
  }
  out.write(block);
  await new Promise<void>((done) => out.end(() => done()));
}

function runR(
  code: string,
): Promise<{ seconds: number; code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn('Rscript', ['-e', code], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b));
    child.stderr.on('data', (b: Buffer) => (stderr += b));
    child.on('error', fail);
    child.on('close', (exit) =>
      done({ seconds: (performance.now() - t0) / 1000, code: exit, stdout, stderr }),
    );
  });
}

/** Largest relative difference between the numeric cells of two outputs with the same rows. */
function maxRelative(ours: string, theirs: string): number {
  const a = ours.trim().split('\n');
  const b = theirs.trim().split('\n');
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  a.forEach((line, i) => {
    const x = line.split(',');
    const y = b[i]!.split(',');
    x.forEach((cell, k) => {
      if (cell === y[k]) return;
      const rel = Math.abs(Number(cell) - Number(y[k])) / Math.abs(Number(y[k]));
      worst = Math.max(worst, Number.isNaN(rel) ? Number.POSITIVE_INFINITY : rel);
    });
  });
  return worst;
}

async function main(): Promise<void> {
  const rows = argNumber('--rows', 1_000_000);
  const replicates = argNumber('--replicates', 80);
  const dir = mkdtempSync(join(tmpdir(), 'weerbaar-bench-replicates-'));
  const file = join(dir, 'replicates.csv');
  try {
    await generate(file, rows, replicates);
    console.log(
      `generated ${rows.toLocaleString('en')} rows x ${replicates} bootstrap replicates: ${file}`,
    );
    const args = [
      file,
      '--by',
      'group',
      '--method',
      'mean',
      '--replicates',
      'bs*',
      '--replicate-type',
      'bootstrap',
    ];
    let stdout = '';
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const code = await runStatsEstimate(args, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => process.stderr.write(text) },
    });
    const ours = (performance.now() - t0) / 1000;
    const used = process.cpuUsage(cpu);
    if (code !== 0) throw new Error(`our command exited with ${code}`);
    const ourCpu = (used.user + used.system) / 1e6;
    console.log(
      `weerbaar stats estimate (in process): ${ours.toFixed(2)} s wall, ${ourCpu.toFixed(2)} s CPU, heap peak ~${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB RSS`,
    );
    if (process.argv.includes('--no-r') || !existsSync(ORACLE)) {
      console.log(stdout);
      return;
    }
    const oracleArgs = [file, '--method=mean', '--replicates=bs*', '--replicate-type=bootstrap'];
    const r = await runR(
      [
        'suppressPackageStartupMessages(library(survey))',
        `commandArgs <- function(trailingOnly = FALSE) c(${oracleArgs.map((a) => JSON.stringify(a)).join(', ')})`,
        't0 <- proc.time()',
        `source(${JSON.stringify(ORACLE)})`,
        't1 <- proc.time() - t0',
        "message(sprintf('in-process: %.3f s wall, %.3f s CPU', t1[['elapsed']], t1[['user.self']] + t1[['sys.self']]))",
      ].join('; '),
    );
    if (r.code !== 0) {
      console.error(r.stderr);
      throw new Error(`Rscript exited with ${r.code}`);
    }
    const rIn = /in-process: ([\d.]+) s wall, ([\d.]+) s CPU/.exec(r.stderr);
    console.log(`Rscript survey-oracle.R (whole process): ${r.seconds.toFixed(2)} s wall`);
    if (rIn) {
      console.log(`Rscript survey-oracle.R (in process):    ${rIn[1]} s wall, ${rIn[2]} s CPU`);
      console.log(
        `ratio R / ours, in process: ${(Number(rIn[1]) / ours).toFixed(1)}x wall, ${(Number(rIn[2]) / ourCpu).toFixed(1)}x CPU`,
      );
    }
    console.log(
      `numbers: ${stdout === r.stdout ? 'byte-identical output' : 'outputs differ'}; ` +
        `max relative difference ${maxRelative(stdout, r.stdout).toExponential(2)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
