import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The dependency rules of docs/architecture.md, held by a test instead of prose. */
const SRC = path.resolve('src');
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (spec?.startsWith('.')) out.push(path.resolve(path.dirname(file), spec));
  }
  return out;
}

const rel = (p: string) => path.relative(SRC, p).split(path.sep).join('/');
const files = sourceFiles(SRC).filter((f) => !f.endsWith('.test.ts'));

describe('architecture', () => {
  it('lets modules use another module only through its index.ts', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = rel(file).match(/^modules\/([^/]+)\//)?.[1];
      for (const target of importsOf(file)) {
        const t = rel(target);
        const to = t.match(/^modules\/([^/]+)\/(.*)$/);
        if (!to || to[1] === from) continue;
        // The database type is the union of every module's table types.
        if (rel(file) === 'db/schema.ts' && to[2]!.endsWith('.tables')) continue;
        if (to[2] !== 'index' && to[2] !== 'index.ts') violations.push(`${rel(file)} -> ${t}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps the platform free of domain modules', () => {
    const violations = files
      .filter((f) => rel(f).startsWith('platform/'))
      .flatMap((f) =>
        importsOf(f)
          .filter((t) => rel(t).startsWith('modules/'))
          .map((t) => `${rel(f)} -> ${rel(t)}`),
      );
    expect(violations).toEqual([]);
  });

  it('keeps statistics pure: src/stats imports nothing else of ours and does no I/O', () => {
    const violations: string[] = [];
    for (const f of files.filter(
      (x) => rel(x).startsWith('stats/') && !rel(x).startsWith('stats/cli/'),
    )) {
      for (const t of importsOf(f))
        if (!rel(t).startsWith('stats/')) violations.push(`${rel(f)} -> ${rel(t)}`);
      if (/from ['"]node:(fs|net|http|child_process)['"]/.test(fs.readFileSync(f, 'utf8')))
        violations.push(`${rel(f)} does I/O`);
    }
    expect(violations).toEqual([]);
  });

  it('reads process.env only in config.ts, the CLI entry and test support', () => {
    const allowed = /^(config\.ts|cli\.ts|test\/|stats\/cli\/)/;
    const violations = files
      .filter((f) => !allowed.test(rel(f)))
      .filter((f) => /process\.env/.test(fs.readFileSync(f, 'utf8')))
      .map(rel);
    expect(violations).toEqual([]);
  });
});
