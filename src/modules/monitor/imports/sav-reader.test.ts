import { describe, expect, it } from 'vitest';
import { ImportError } from './import-issue';
import { readMicrodata } from './microdata';
import { buildSav, type SavBuilderOptions } from './sav-builder';
import { readSav } from './sav-reader';

const sample: SavBuilderOptions = {
  variables: [
    {
      name: 'stratum',
      width: 20,
      label: 'Stratum uit het steekproefkader',
    },
    { name: 'gewicht', label: 'Weegfactor' },
    {
      name: 'geslacht',
      valueLabels: [
        [1, 'man'],
        [2, 'vrouw'],
      ],
    },
    {
      name: 'agressie_ervaren',
      label: 'Agressie of intimidatie ervaren',
      valueLabels: [
        [0, 'nee'],
        [1, 'ja'],
      ],
      missing: [9],
    },
  ],
  cases: [
    ['gm-raadslid-groot', 1.25, 1, 1],
    ['gm-raadslid-groot', 2, 2, 0],
    ['pv-statenlid', 0.5, null, 9],
    ['pv-statenlid', 1234.5, 2, null],
  ],
  weight: 'gewicht',
};

function errorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('readSav', () => {
  for (const compression of [0, 1] as const) {
    it(`reads variables, labels, value labels and cases (compression ${compression})`, () => {
      const file = readSav(buildSav({ ...sample, compression }));
      expect(file.compression).toBe(compression);
      expect(file.variables.map((v) => v.name)).toEqual([
        'stratum',
        'gewicht',
        'geslacht',
        'agressie_ervaren',
      ]);
      expect(file.variables[0]!.label).toBe('Stratum uit het steekproefkader');
      expect(file.variables[0]!.width).toBe(20);
      expect([...file.variables[2]!.valueLabels]).toEqual([
        ['1', 'man'],
        ['2', 'vrouw'],
      ]);
      expect(file.weightVariable).toBe('gewicht');
      expect(file.cases).toEqual([
        ['gm-raadslid-groot', 1.25, 1, 1],
        ['gm-raadslid-groot', 2, 2, 0],
        ['pv-statenlid', 0.5, null, null], // 9 is user-missing
        ['pv-statenlid', 1234.5, 2, null],
      ]);
    });
  }

  it('reads long variable names and an unknown case count', () => {
    const file = readSav(
      buildSav({
        variables: [{ name: 'melding_gedaan_bij_organisatie' }, { name: 'x', width: 3 }],
        cases: [
          [1, 'abc'],
          [0, null],
        ],
        unknownCaseCount: true,
        compression: 1,
      }),
    );
    expect(file.variables[0]!.name).toBe('melding_gedaan_bij_organisatie');
    expect(file.cases).toEqual([
      [1, 'abc'],
      [0, null],
    ]);
  });

  it('reads text in the declared encoding', () => {
    const file = readSav(
      buildSav({
        variables: [{ name: 'plaats', width: 16, valueLabels: [['a', 'Coëvorden']] }],
        cases: [['Coëvorden']],
      }),
    );
    expect(file.cases[0]![0]).toBe('Coëvorden');
    expect(file.variables[0]!.valueLabels.get('a')).toBe('Coëvorden');
  });

  for (const compression of [0, 1] as const) {
    it(`names the case where the data is cut off (compression ${compression})`, () => {
      const full = buildSav({ ...sample, compression });
      const cut = full.subarray(0, full.length - 12);
      const e = errorOf(() => readSav(cut));
      expect(e.message).toMatch(/afgekapt/);
      expect(e.issues[0]!.line).toBeGreaterThanOrEqual(3);
      expect(e.message).toMatch(/case/);
    });
  }

  it('says when the dictionary or header is cut off', () => {
    const full = buildSav(sample);
    expect(errorOf(() => readSav(full.subarray(0, 100))).message).toMatch(/kop/);
    expect(errorOf(() => readSav(full.subarray(0, 250))).message).toMatch(/variabelebeschrijving/);
  });

  it('refuses zlib-compressed and foreign files with advice', () => {
    const z = buildSav(sample);
    z.set(new TextEncoder().encode('$FL3'), 0);
    expect(errorOf(() => readSav(z)).message).toMatch(/zlib/);
    const junk = new Uint8Array(200).fill(65);
    expect(errorOf(() => readSav(junk)).message).toMatch(/geen SPSS-bestand/);
  });

  it('is recognised by content in readMicrodata, with cases as lines', () => {
    const table = readMicrodata(buildSav(sample));
    expect(table.format).toBe('sav');
    expect(table.rowUnit).toBe('Case');
    expect(table.declaredWeight).toBe('gewicht');
    expect(table.rows[1]).toEqual({ line: 2, values: ['gm-raadslid-groot', 2, 2, 0] });
    expect(table.valueLabels.get('agressie_ervaren')?.get('1')).toBe('ja');
  });
});
