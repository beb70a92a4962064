import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, temporaryFiles } from './cli-test-helpers';
import { EXIT_BAD_INPUT, EXIT_OK } from './estimate-command';

const files = temporaryFiles('weerbaar-stats-cli-');
afterAll(files.remove);
const file = files.file;
const run = (...args: string[]) => runCli(args);

const GOOD = [
  'weight,stratum,a,b,group',
  '1.5,s1,1,0,x',
  '2.0,s1,0,,y',
  '1.0,s1,1,1,x',
  '3.0,s2,0,1,y',
  '2.5,s2,1,0,x',
  '1.0,s2,,1,y',
].join('\n');

describe('weerbaar stats estimate', () => {
  it('prints the oracle columns, (all) then each group sorted', async () => {
    const result = await run(
      file(`${GOOD}\n`),
      '--weight',
      'weight',
      '--strata',
      'stratum',
      '--by',
      'group',
    );
    expect(result.code).toBe(EXIT_OK);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      '"indicator","group","n","wsum","p","se","ci_low","ci_high","df","method"',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '"a","(all)",5',
      '"a","x",3',
      '"a","y",2',
      '"b","(all)",5',
      '"b","x",3',
      '"b","y",2',
    ]);
  });

  it('reads a Dutch Excel export the same as a plain CSV', async () => {
    const dutch = `\uFEFF${GOOD.replaceAll(',', ';')
      .replaceAll(/(\d)\.(\d)/g, '$1,$2')
      .replaceAll('\n', '\r\n')}\r\n`;
    const plain = await run(file(`${GOOD}\n`), '--by', 'group');
    const excel = await run(file(dutch), '--by', 'group');
    expect(excel.code).toBe(EXIT_OK);
    expect(excel.stdout).toBe(plain.stdout);
  });

  describe('bad input: exit 2 with the line and column on stderr', () => {
    const expectBad = async (
      content: string | Uint8Array,
      pattern: RegExp,
      ...args: string[]
    ): Promise<void> => {
      // The GOOD sample has a group column, which needs --by.
      const byGroup = typeof content === 'string' && content.startsWith('weight,stratum,a,b,group');
      const result = await run(file(content), ...(byGroup ? ['--by', 'group'] : []), ...args);
      expect(result.code).toBe(EXIT_BAD_INPUT);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(pattern);
    };

    it('a value other than 0 or 1 in an indicator', async () => {
      await expectBad(
        `${GOOD.replace('3.0,s2,0,1,y', '3.0,s2,2,1,y')}\n`,
        /line 5, column "a" \(3\): value "2" is not 0 or 1/,
      );
    });

    it('a zero weight', async () => {
      await expectBad(
        `${GOOD.replace('2.0,s1,0,,y', '0,s1,0,,y')}\n`,
        /line 3, column "weight" \(1\): the weight 0 is not greater than 0/,
      );
    });

    it('a negative weight', async () => {
      await expectBad(
        `${GOOD.replace('1.0,s1,1,1,x', '-1,s1,1,1,x')}\n`,
        /line 4, column "weight" \(1\): the weight -1/,
      );
    });

    it('a weight that is not a number', async () => {
      await expectBad(
        `${GOOD.replace('2.5,s2', 'twee,s2')}\n`,
        /line 6, column "weight" \(1\): value "twee" is not a number/,
      );
    });

    it('an empty weight or stratum', async () => {
      await expectBad(
        `${GOOD.replace('2.5,s2', ',s2')}\n`,
        /line 6, column "weight" \(1\): the weight is empty/,
      );
      await expectBad(
        `${GOOD.replace('2.5,s2', '2.5,')}\n`,
        /line 6, column "stratum" \(2\): the stratum is empty/,
      );
    });

    it('a missing weight column', async () => {
      await expectBad(
        `${GOOD}\n`,
        /line 1: there is no column "gewicht" for --weight; the header has: "weight"/,
        '--weight',
        'gewicht',
      );
    });

    it('a missing stratum column', async () => {
      await expectBad(
        `${GOOD.replace('stratum', 'laag')}\n`,
        /line 1: there is no column "stratum" for --strata/,
      );
    });

    it('an empty file', async () => {
      await expectBad('', /the file is empty/);
    });

    it('a header without data', async () => {
      await expectBad('weight,stratum,a\n', /line 1: the file has a header but no data rows/);
    });

    it('a row with a missing cell', async () => {
      await expectBad(
        `${GOOD}\n1,s1,1\n`,
        /line 8: this row has 3 fields but the header has 5 columns/,
      );
    });

    it('a UTF-16 file', async () => {
      await expectBad(Uint8Array.from([0xff, 0xfe, 0x77, 0x00]), /UTF-16/);
    });

    it('an fpc that varies within a stratum or is below the sample size', async () => {
      const withFpc = 'weight,stratum,fpc,a\n1,s1,10,1\n1,s1,10,0\n1,s2,20,1\n1,s2,25,0\n';
      await expectBad(
        withFpc,
        /line 5, column "fpc" \(3\): the fpc 25 differs from 20 on line 4/,
        '--fpc',
        'fpc',
      );
      await expectBad(
        'weight,stratum,fpc,a\n1,s1,1.5,1\n1,s1,1.5,0\n',
        /line 2, column "fpc" \(3\): .*2 rows are sampled/,
        '--fpc',
        'fpc',
      );
    });

    it('a design column left as an indicator, with a hint', async () => {
      await expectBad(
        'weight,stratum,fpc,a\n1,s1,10,1\n1,s1,10,0\n',
        /line 2, column "fpc" \(3\).*pass --fpc fpc/,
      );
      const result = await run(file(`${GOOD}\n`));
      expect(result.code).toBe(EXIT_BAD_INPUT);
      expect(result.stderr).toMatch(
        /line 2, column "group" \(5\): value "x" is not 0 or 1.*pass --by group/,
      );
    });

    it('a stratum with one respondent under --lonely fail', async () => {
      await expectBad(
        'weight,stratum,a\n1,s1,1\n1,s1,0\n1,s2,1\n',
        /line 4: 1 stratum\/strata have a single respondent: "s2" \(line 4\)/,
        '--lonely',
        'fail',
      );
    });

    it('unknown options and missing files', async () => {
      const unknown = await run('x.csv', '--wieght', 'w');
      expect(unknown.code).toBe(EXIT_BAD_INPUT);
      expect(unknown.stderr).toMatch(/unknown option --wieght/);
      const missing = await run(join(dirname(file('')), 'nope.csv'));
      expect(missing.code).toBe(EXIT_BAD_INPUT);
      expect(missing.stderr).toMatch(/cannot read .*nope.csv: no such file/);
      const level = await run(file(`${GOOD}\n`), '--level', '95');
      expect(level.code).toBe(EXIT_BAD_INPUT);
      expect(level.stderr).toMatch(/--level 95 must be a number between 0 and 1/);
    });
  });

  it('warns about a stratum with one respondent and goes on (--lonely adjust)', async () => {
    const result = await run(file('weight,stratum,a\n1,s1,1\n2,s1,0\n1,s2,1\n'));
    expect(result.code).toBe(EXIT_OK);
    expect(result.stderr).toMatch(
      /warning: 1 stratum\/strata have a single respondent: "s2" \(line 4\)/,
    );
    expect(result.stdout.split('\n')).toHaveLength(3);
  });

  it('estimates only the --indicators asked for', async () => {
    const result = await run(file(`${GOOD}\n`), '--indicators', 'b', '--by', 'group');
    expect(result.code).toBe(EXIT_OK);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .slice(1)
        .every((l) => l.startsWith('"b"')),
    ).toBe(true);
  });

  it('prints help', async () => {
    const result = await run('--help');
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toMatch(/usage: weerbaar stats estimate FILE.csv/);
  });
});
