/** Bad input for cluster, FPC and calibration designs: exit 2, naming the column and the 1-based row or file line. */
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, temporaryFiles } from './cli-test-helpers';
import { EXIT_BAD_INPUT, EXIT_OK } from './estimate-command';

const files = temporaryFiles('weerbaar-stats-design-');
afterAll(files.remove);
const file = files.file;
const run = (...args: string[]) => runCli(args);

// Two strata, two PSUs each, two rows per PSU.
const CLUSTERED = [
  'weight,stratum,psu,npsu,sex,a',
  '10,s1,1,20,m,1',
  '12,s1,1,20,v,0',
  '11,s1,2,20,m,1',
  '9,s1,2,20,v,1',
  '8,s2,1,30,m,0',
  '14,s2,1,30,v,1',
  '10,s2,2,30,m,0',
  '13,s2,2,30,v,1',
].join('\n');
const TOTALS = 'variable,level,total\nsex,m,60\nsex,v,50\n';
const DESIGN = ['--cluster', 'psu', '--fpc', 'npsu', '--indicators', 'a'];

async function expectBad(args: string[], pattern: RegExp): Promise<void> {
  const result = await run(...args);
  expect(result.stderr).toMatch(pattern);
  expect(result.code).toBe(EXIT_BAD_INPUT);
  expect(result.stdout).toBe('');
}

describe('stats estimate refuses bad design input', () => {
  it('a weight of 1e400 (not finite), naming the column and the row', async () => {
    await expectBad(
      [file(CLUSTERED.replace('11,s1,2', '1e400,s1,2')), ...DESIGN],
      /line 4, column "weight" \(1\): the weight Infinity is not a finite number \(row 3\)/,
    );
  });

  it('an fpc of 1e400 without clusters, naming the column and the row', async () => {
    await expectBad(
      [file(CLUSTERED.replace('8,s2,1,30', '8,s2,1,1e400')), '--fpc', 'npsu', '--indicators', 'a'],
      /line 6, column "npsu" \(4\): the fpc Infinity is not a finite number \(row 5\)/,
    );
  });

  it('an fpc of 1e400 at a stage', async () => {
    await expectBad(
      [file(CLUSTERED.replace('8,s2,1,30', '8,s2,1,1e400')), ...DESIGN],
      /line 6, column "npsu" \(4\): the fpc Infinity is not a finite number \(row 5\)/,
    );
  });

  it('an fpc below the PSUs sampled in the stratum, or varying within it', async () => {
    await expectBad(
      [file(CLUSTERED.replaceAll(',20,', ',1,').replace('10,s1,1,1', '10,s1,1,1.5')), ...DESIGN],
      /column "npsu" \(4\): .*\(row 1\)/,
    );
    await expectBad(
      [file(CLUSTERED.replace('9,s1,2,20', '9,s1,2,21')), ...DESIGN],
      /line 5, column "npsu" \(4\): fpc 21 at stage 1 differs from 20.*\(row 4\)/,
    );
  });

  it('an empty cluster id', async () => {
    await expectBad(
      [file(CLUSTERED.replace('13,s2,2,30', '13,s2,,30')), ...DESIGN],
      /line 9, column "psu" \(3\): the cluster id \(stage 1\) is empty in row 8/,
    );
  });

  it('a different number of --fpc and --cluster columns', async () => {
    await expectBad(
      [file(CLUSTERED), '--cluster', 'psu', '--fpc', 'npsu,npsu'],
      /give one fpc column per stage/,
    );
  });

  it('totals-file problems, naming the totals file line', async () => {
    const data = file(CLUSTERED);
    await expectBad(
      [data, ...DESIGN, '--calibrate', file(`${TOTALS}sex,x,5\n`)],
      /line 4: .*sex "x" has a total but no respondent/,
    );
    await expectBad(
      [data, ...DESIGN, '--calibrate', file('variable,level,total\nsex,m,60\n')],
      /line 3, column "sex" \(5\): sex "v" has no total in the totals file \(row 2\)/,
    );
    await expectBad(
      [
        data,
        ...DESIGN,
        '--calibrate',
        file(`${TOTALS}weight,,1e400\n`),
        '--calibrate-method',
        'linear',
      ],
      /line 4, column "total" \(3\): the total of weight is not a finite number/,
    );
    await expectBad(
      [data, ...DESIGN, '--calibrate', file(`${TOTALS}psu,1,50\npsu,2,70\n`)],
      /line 4: the levels of psu add up to 120 but those of sex to 110/,
    );
    await expectBad(
      [data, ...DESIGN, '--calibrate', file('variable,level\nsex,m\n')],
      /line 1: the header must be exactly variable,level,total/,
    );
  });
});

describe('stats estimate with a calibrated cluster design', () => {
  it('reports the calibrated weight sum and a calibration-aware standard error', async () => {
    const data = file(CLUSTERED);
    const plain = await run(data, ...DESIGN, '--method', 'mean');
    const raked = await run(data, ...DESIGN, '--method', 'mean', '--calibrate', file(TOTALS));
    expect(plain.code).toBe(EXIT_OK);
    expect(raked.code).toBe(EXIT_OK);
    const cells = (out: string): string[] => out.trim().split('\n')[1]!.split(',');
    // wsum becomes the population size; df = 4 PSUs - 2 strata.
    expect(Number(cells(raked.stdout)[3])).toBeCloseTo(110, 9);
    expect(cells(raked.stdout)[8]).toBe('2');
    expect(cells(raked.stdout)[5]).not.toBe(cells(plain.stdout)[5]);
  });
});

describe('stats estimate --lonely fail with clusters', () => {
  it('refuses a stratum with one PSU and, with an FPC, a PSU with one SSU', async () => {
    const twoStage = [
      'weight,stratum,psu,ssu,n1,n2,a',
      '10,s1,1,1,5,4,1',
      '12,s1,1,2,5,4,0',
      '11,s1,2,1,5,3,1',
      '9,s1,2,1,5,3,0',
      '8,s2,1,1,6,2,0',
      '14,s2,1,2,6,2,1',
      '10,s2,2,1,6,2,0',
      '13,s2,2,2,6,2,1',
    ].join('\n');
    const args = ['--cluster', 'psu,ssu', '--indicators', 'a', '--lonely', 'fail'];
    await expectBad(
      [file(twoStage), ...args, '--fpc', 'n1,n2'],
      /line 4, column "ssu" \(4\): the stage-1 unit of row 3 holds a single stage-2 unit/,
    );
    // Without an FPC stage 2 adds nothing, so its lone SSU is no problem (as in R).
    const result = await run(file(twoStage), ...args);
    expect(result.code).toBe(EXIT_OK);
    await expectBad(
      [file(twoStage.replace('10,s2,2,1', '10,s3,2,1').replace('13,s2,2,2', '13,s3,2,2')), ...args],
      /have a single PSU: "s2"/,
    );
  });
});
