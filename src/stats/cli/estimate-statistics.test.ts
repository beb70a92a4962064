/** `stats estimate` with replicate weights and other statistics: layout, options and bad input. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_OK, runStatsEstimate } from './estimate-command';

const dir = mkdtempSync(join(tmpdir(), 'weerbaar-stats-statistics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function file(content: string): string {
  const path = join(dir, `input-${fileCount++}.csv`);
  writeFileSync(path, content);
  return path;
}

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runStatsEstimate(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

const REPLICATED = [
  'weight,stratum,a,income,rw1,rw2,rw3,rw4',
  '1.5,s1,1,100,1.2,1.8,1.5,1.4',
  '2.0,s1,0,250,2.2,1.9,2.1,1.6',
  '1.0,s1,1,,0.8,1.1,1.2,0.9',
  '3.0,s2,0,175,3.3,2.7,2.9,3.4',
  '2.5,s2,1,90,2.4,2.6,2.2,2.8',
  '1.0,s2,,300,1.1,0.9,1.0,1.2',
].join('\n');

describe('stats estimate with replicate weights and other statistics', () => {
  it('uses the replicate columns as design, not as indicators, with df = rank - 1', async () => {
    const result = await run(
      file(REPLICATED),
      '--indicators',
      'a',
      '--replicates',
      'rw*',
      '--replicate-type',
      'bootstrap',
    );
    expect(result.code).toBe(EXIT_OK);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^"a","\(all\)",5,/);
    expect(lines[1]!.split(',')[8]).toBe('3');
  });

  it('prints estimate columns, a quantile column and a trailing deff column', async () => {
    const mean = await run(
      file(REPLICATED),
      '--indicators',
      'income',
      '--statistic',
      'mean',
      '--deff',
    );
    expect(mean.code).toBe(EXIT_OK);
    expect(mean.stdout.split('\n')[0]).toBe(
      '"indicator","group","n","wsum","estimate","se","ci_low","ci_high","df","method","deff"',
    );
    expect(mean.stdout.split('\n')[1]).toMatch(/"wald",[0-9.]+$/);
    const quantile = await run(
      file(REPLICATED),
      '--indicators=income',
      '--statistic=quantile',
      '--quantiles=0.25,0.5',
    );
    expect(quantile.code).toBe(EXIT_OK);
    const lines = quantile.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      '"indicator","group","quantile","n","wsum","estimate","se","ci_low","ci_high","df","method"',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(2, 4).join(','))).toEqual([
      '0.25,5',
      '0.5,5',
    ]);
  });

  describe('refuses with exit 2, naming the column and the row', () => {
    it('a replicate weight of 0, below 0, empty or 1e400', async () => {
      for (const bad of ['0', '-1', '', '1e400']) {
        const text = REPLICATED.replace(
          '2.0,s1,0,250,2.2,1.9,2.1,1.6',
          `2.0,s1,0,250,2.2,1.9,${bad},1.6`,
        );
        const result = await run(
          file(text),
          '--indicators=a',
          '--replicates=rw*',
          '--replicate-type=JK1',
        );
        expect(result.code, bad).toBe(EXIT_BAD_INPUT);
        expect(result.stderr, bad).toMatch(
          /line 3, column "rw3" \(7\): the replicate weight (-?[0-9]+ )?in row 2 /,
        );
        expect(result.stdout).toBe('');
      }
    });

    it('a weight of 1e400 with given replicates', async () => {
      const text = REPLICATED.replace('2.5,s2,1,90', '1e400,s2,1,90');
      const result = await run(
        file(text),
        '--indicators=a',
        '--replicates=rw*',
        '--replicate-type=BRR',
      );
      expect(result.code).toBe(EXIT_BAD_INPUT);
      expect(result.stderr).toMatch(
        /line 6, column "weight" \(1\): the weight in row 5 is not a finite number/,
      );
    });

    it('option combinations that do not fit', async () => {
      const cases: [string[], RegExp][] = [
        [['--replicates', 'rw*'], /--replicates needs --replicate-type/],
        [['--replicates', 'rw*', '--replicate-type', 'Fay'], /Fay and --replicate-rho go together/],
        [['--replicates', 'rw*', '--replicate-type', 'JKn'], /need a scale per replicate/],
        [['--replicate-type', 'BRR'], /needs --replicates/],
        [
          ['--replicates', 'zz*', '--replicate-type', 'JK1'],
          /no column matches --replicates 'zz\*'/,
        ],
        [['--statistic', 'ratio'], /--statistic ratio and --denominator COL go together/],
        [['--statistic', 'median'], /--statistic median is not one of/],
        [['--statistic', 'quantile', '--quantiles', '0.5,2'], /2 is not a probability/],
        [['--statistic', 'ratio', '--denominator', 'income', '--deff'], /--deff is available for/],
        [
          ['--replicate-type', 'JK1'],
          /JK1 needs an unstratified design, but there are 2 strata; use JKn/,
        ],
        [
          ['--replicates', 'rw*', '--replicate-type', 'JK1', '--calibrate', 'totals.csv'],
          /--calibrate does not combine with --replicates/,
        ],
        [['--replicate-type', 'JKn', '--calibrate', 'totals.csv'], /--calibrate does not combine/],
        [['--replicate-type', 'JKn', '--cluster', 'stratum'], /--cluster does not combine/],
      ];
      for (const [args, message] of cases) {
        const result = await run(file(REPLICATED), '--indicators', 'a', ...args);
        expect(result.code, args.join(' ')).toBe(EXIT_BAD_INPUT);
        expect(result.stderr, args.join(' ')).toMatch(message);
      }
    });
  });

  it('hints at --replicates or --statistic when a column is not 0/1', async () => {
    const replicate = await run(file('weight,stratum,a,rw1\n1,s,1,1.2\n2,s,0,1.9\n'));
    expect(replicate.code).toBe(EXIT_BAD_INPUT);
    expect(replicate.stderr).toMatch(
      /column "rw1".*pass --replicates 'rw\*' --replicate-type TYPE/,
    );
    const numeric = await run(file('weight,stratum,a,income\n1,s,1,1200\n2,s,0,1900\n'));
    expect(numeric.code).toBe(EXIT_BAD_INPUT);
    expect(numeric.stderr).toMatch(/column "income".*pass --statistic mean/);
  });

  it('keeps the original output byte for byte without the new options', async () => {
    const plain = await run(file(REPLICATED), '--indicators', 'a');
    const explicit = await run(file(REPLICATED), '--indicators', 'a', '--statistic', 'proportion');
    expect(explicit.stdout).toBe(plain.stdout);
    expect(plain.stdout.split('\n')[0]).toBe(
      '"indicator","group","n","wsum","p","se","ci_low","ci_high","df","method"',
    );
  });
});
