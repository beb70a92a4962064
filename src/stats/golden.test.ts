/**
 * Our command against golden files made by R's survey package
 * (tools/survey-oracle.R, see fixtures/generate.ts). Agreement is
 * required to 1e-9 relative on p, se and the interval, exactly on n and df.
 * Rows where R breaks down are checked against our documented policy instead
 * (docs/adr/0004-statistics-edge-cases.md).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli/cli-test-helpers';
import { qt } from './distributions';
import { GOLDEN_CASES } from './fixtures/fixtures';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const TOLERANCE = 1e-9;

interface Row {
  indicator: string;
  group: string;
  n: number;
  wsum: number;
  p: number;
  se: number;
  ciLow: number;
  ciHigh: number;
  df: number;
  method: string;
}

function parse(csv: string): Row[] {
  const lines = csv.trim().split('\n');
  expect(lines[0]).toBe('"indicator","group","n","wsum","p","se","ci_low","ci_high","df","method"');
  return lines.slice(1).map((line) => {
    // Names hold no commas in the fixtures; strip write.csv's quotes.
    const cells = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
    const num = (k: number): number => (cells[k] === 'NA' ? Number.NaN : Number(cells[k]));
    return {
      indicator: cells[0]!,
      group: cells[1]!,
      n: num(2),
      wsum: num(3),
      p: num(4),
      se: num(5),
      ciLow: num(6),
      ciHigh: num(7),
      df: num(8),
      method: cells[9]!,
    };
  });
}

/** Relative difference, with NaN = NaN (both NA) counting as equal. */
function relative(ours: number, theirs: number): number {
  if (Number.isNaN(ours) && Number.isNaN(theirs)) return 0;
  if (ours === theirs) return 0;
  return Math.abs(ours - theirs) / Math.abs(theirs);
}

/**
 * Every answer in the domain is the same: R's glm leaves p a hair off 0 or 1
 * with a meaningless interval, and its beta method gives NA; we follow our policy.
 */
function isBoundary(ours: Row): boolean {
  return ours.p === 0 || ours.p === 1;
}

/** Our policy for p of 0 or 1: Korn-Graubard with n_eff = n, [0, 1 - (a/2)^(1/n*)] or mirrored. */
function expectBoundaryPolicy(ours: Row, theirs: Row, level: number): void {
  expect(Math.abs(ours.p - theirs.p)).toBeLessThan(1e-6);
  expect(ours.se).toBe(0);
  if (!(ours.df > 0)) {
    expect(Number.isNaN(ours.ciLow) && Number.isNaN(ours.ciHigh)).toBe(true);
    return;
  }
  const alpha = 1 - level;
  const ratio = qt(alpha / 2, ours.n - 1) / qt(alpha / 2, ours.df);
  const nEff = ours.n * ratio * ratio;
  const bound = (alpha / 2) ** (1 / nEff);
  if (ours.p === 0) {
    expect(ours.ciLow).toBe(0);
    expect(relative(ours.ciHigh, 1 - bound)).toBeLessThan(1e-10);
  } else {
    expect(relative(ours.ciLow, bound)).toBeLessThan(1e-10);
    expect(ours.ciHigh).toBe(1);
  }
  expect(ours.method).toBe('beta');
}

describe.each(GOLDEN_CASES)('golden file $name', (golden) => {
  it('agrees with R survey to 1e-9 relative', async () => {
    const result = await runCli([join(FIXTURES, `${golden.data}.csv`), ...golden.cliArgs]);
    expect(result.code).toBe(0);
    const ours = parse(result.stdout);
    const theirs = parse(readFileSync(join(FIXTURES, `${golden.name}.golden.csv`), 'utf8'));
    const levelArg = golden.cliArgs.indexOf('--level');
    const level = levelArg >= 0 ? Number(golden.cliArgs[levelArg + 1]) : 0.95;
    const methodArg = golden.cliArgs.indexOf('--method');
    const method = methodArg >= 0 ? golden.cliArgs[methodArg + 1] : 'logit';
    expect(ours.map((r) => `${r.indicator}/${r.group}`)).toEqual(
      theirs.map((r) => `${r.indicator}/${r.group}`),
    );
    ours.forEach((row, i) => {
      const r = theirs[i]!;
      const where = `${row.indicator}/${row.group}`;
      expect(row.n, where).toBe(r.n);
      expect(Number.isNaN(row.df) ? 'NA' : row.df, where).toBe(Number.isNaN(r.df) ? 'NA' : r.df);
      expect(relative(row.wsum, r.wsum), where).toBeLessThan(TOLERANCE);
      if (isBoundary(row)) {
        expectBoundaryPolicy(row, r, level);
        return;
      }
      expect(relative(row.p, r.p), where).toBeLessThan(TOLERANCE);
      expect(relative(row.se, r.se), where).toBeLessThan(TOLERANCE);
      if (method === 'logit' && row.df === 1 && Number.isNaN(r.ciHigh)) {
        // R's confint.svyglm maps the t quantile to a normal level and back,
        // which overflows at df = 1 and yields [0, NA]; we use the t quantile.
        const t = qt((1 - level) / 2, 1);
        expect(row.ciLow, where).toBeGreaterThan(0);
        expect(row.ciHigh, where).toBeLessThan(1);
        expect(Math.abs(t)).toBeGreaterThan(8);
        return;
      }
      expect(relative(row.ciLow, r.ciLow), where).toBeLessThan(TOLERANCE);
      expect(relative(row.ciHigh, r.ciHigh), where).toBeLessThan(TOLERANCE);
      expect(row.method, where).toBe(r.method);
    });
  });
});

describe('golden files as Dutch Excel writes them', () => {
  it('reads the BOM, semicolons, decimal commas, CRLF and quotes to the same numbers', async () => {
    const excel = await runCli([join(FIXTURES, 'basic-excel.csv'), '--by', 'group']);
    const plain = await runCli([join(FIXTURES, 'basic.csv'), '--by', 'group']);
    expect(excel.code).toBe(0);
    expect(excel.stderr).toBe('');
    expect(excel.stdout).toBe(plain.stdout);
  });
});
