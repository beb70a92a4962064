import { describe, expect, it } from 'vitest';
import { ImportError } from '../imports/import-issue';
import { parseFrameCsv, stratumCode } from './frame-csv';

const bytes = (t: string) => new TextEncoder().encode(t);

function issuesOf(
  text: string,
  population: 'office_holders' | 'civil_servants' = 'office_holders',
) {
  try {
    parseFrameCsv(bytes(text), population);
  } catch (e) {
    if (e instanceof ImportError) return e.issues;
    throw e;
  }
  throw new Error('expected ImportError');
}

describe('sampling frame CSV', () => {
  it('reads a Dutch Excel export (BOM, semicolons, CRLF) and derives codes', () => {
    const strata = parseFrameCsv(
      bytes(
        '\uFEFFbestuurslaag;functie;grootteklasse;populatie;steekproef\r\n' +
          'gemeente;raadslid;100.000+;1.450;600\r\nprovincie;Statenlid;;570;\r\n',
      ),
      'office_holders',
    );
    expect(strata).toEqual([
      {
        code: 'gemeente-raadslid-100-000',
        layer: 'municipality',
        role: 'councillor',
        sizeClass: '100.000+',
        populationCount: 1450,
        sampleSize: 600,
      },
      {
        code: 'provincie-statenlid-alle',
        layer: 'province',
        role: 'provincial_councillor',
        sizeClass: 'alle',
        populationCount: 570,
        sampleSize: null,
      },
    ]);
  });

  it('names line and column of each broken line', () => {
    const issues = issuesOf(
      'code,layer,role,size_class,population\n' +
        'a,gemeente,raadslid,klein,100\n' +
        'b,dorp,raadslid,klein,100\n' +
        'c,provincie,wethouder,,10\n' +
        'd,gemeente,burgemeester,,0\n' +
        'a,gemeente,wethouder,klein,5\n' +
        'e,rijk,ambtenaar,,5\n',
    );
    expect(issues.map((i) => [i.line, i.column])).toEqual([
      [3, 'layer'],
      [4, 'role'],
      [5, 'population'],
      [6, 'code'],
      [7, 'role'],
    ]);
    expect(issues[4]!.message).toMatch(/populatie van deze meting/);
  });

  it('names a missing column', () => {
    const issues = issuesOf('bestuurslaag,functie\ngemeente,raadslid\n');
    expect(issues[0]).toMatchObject({ line: 1, column: 'populatie' });
  });

  it('makes codes without accents or spaces', () => {
    expect(stratumCode('province', 'kings_commissioner', 'alle')).toBe(
      'provincie-commissaris-van-de-koning-alle',
    );
  });
});
