import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../scripts/build-server.mjs';
import { runStatsEstimate } from './stats/cli/estimate-command';

/**
 * The compiled server (npm run build:server, ADR 0017): what production runs. The
 * production-tree check (scripts/check-production-tree.sh) runs it without devDependencies.
 */
const run = promisify(execFile);
// Inside the checkout, so the build resolves its dependencies from node_modules.
fs.mkdirSync('.tmp', { recursive: true });
const dir = fs.mkdtempSync(path.resolve('.tmp', 'build-'));
const out = path.join(dir, 'server');
let meta: Metafile;

beforeAll(async () => {
  meta = await buildServer({ outDir: out });
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Packages an output file loads before its first line runs: static imports, transitively. */
function staticPackages(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  for (const imp of meta.outputs[file]!.imports) {
    if (imp.kind !== 'import-statement') continue;
    if (imp.external) packages.add(imp.path);
    else for (const p of staticPackages(imp.path, seen)) packages.add(p);
  }
  return packages;
}

const outputOf = (entryPoint: string) =>
  Object.keys(meta.outputs).find((o) => meta.outputs[o]!.entryPoint === entryPoint)!;

/** Run the built CLI as its own process, the way bin/weerbaar.js does. */
async function builtCli(args: string[], env: Record<string, string> = {}) {
  const cli = pathToFileURL(path.join(out, 'cli.js')).href;
  const { NODE_OPTIONS: _, DATABASE_URL: __, ...base } = process.env;
  return run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { main } = await import(${JSON.stringify(cli)}); await main(process.argv.slice(1));`,
      ...args,
    ],
    { env: { ...base, LOG_LEVEL: 'warn', ...env } },
  );
}

describe('compiled server', () => {
  it('starts `weerbaar --help` without loading any dependency', () => {
    expect([...staticPackages(outputOf('src/cli.ts'))]).toEqual(['node:path']);
  });

  it('loads no dependency and no server code for `weerbaar stats estimate`', () => {
    const stats = outputOf('src/stats/cli/estimate-command.ts');
    expect([...staticPackages(stats)].filter((p) => !p.startsWith('node:'))).toEqual([]);
    const inputs = Object.keys(meta.outputs[stats]!.inputs);
    expect(inputs.filter((i) => !i.startsWith('src/stats/'))).toEqual([]);
  });

  it('computes the same estimates as the sources', async () => {
    const csv = path.resolve('src/stats/fixtures/basic.csv');
    const args = [csv, '--by', 'group'];
    const chunks: string[] = [];
    await runStatsEstimate(args, {
      stdout: { write: (s: string) => chunks.push(s) },
      stderr: { write: () => {} },
    });
    const expected = chunks.join('');
    const { stdout } = await builtCli(['stats', 'estimate', ...args]);
    expect(stdout).toBe(expected);
    expect(stdout).toContain('"(all)"');
  });

  it('puts the PDF fonts beside the chunk that loads them, as the sources have them', () => {
    const chunk = Object.keys(meta.outputs).find(
      (o) => o.endsWith('.js') && 'src/platform/pdf/pdf-document.ts' in meta.outputs[o]!.inputs,
    )!;
    // The module finds its fonts in `fonts/` beside its own file (import.meta.url): its
    // chunk must sit in the top folder, beside cli.js, where the fonts are copied.
    expect(path.dirname(chunk)).toBe(path.dirname(outputOf('src/cli.ts')));
    expect(fs.existsSync(path.join(out, path.basename(chunk)))).toBe(true);
    const fontsDir = path.join(out, 'fonts');
    for (const file of fs.readdirSync('src/platform/pdf/fonts'))
      expect(fs.readFileSync(path.join(fontsDir, file))).toEqual(
        fs.readFileSync(path.join('src/platform/pdf/fonts', file)),
      );
  });

  it('finds the migrations beside its chunks and migrates an empty database', async () => {
    const data = path.join(dir, 'data');
    const migrations = fs.readdirSync('src/db/migrations').filter((f) => f.endsWith('.sql'));
    const { stdout } = await builtCli(['migrate'], { WEERBAAR_DATA_DIR: data });
    expect(stdout).toContain(
      `Migrations: ${migrations.length} applied, ${migrations.length} in total.`,
    );
  }, 60_000);
});
