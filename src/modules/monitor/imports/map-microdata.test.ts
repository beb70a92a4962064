import { describe, expect, it } from 'vitest';
import { ImportError } from './import-issue';
import { type MappingContext, mapRows, resolveMapping } from './map-microdata';
import { readMicrodata } from './microdata';
import { buildSav } from './sav-builder';

const bytes = (text: string) => new TextEncoder().encode(text);
const context: MappingContext = {
  strata: new Map([
    ['gm-raad', 'id-raad'],
    ['pv-staten', 'id-staten'],
  ]),
  indicatorKeys: ['agressie', 'melding'],
  existingPerStratum: new Map(),
};

async function importText(text: string | Uint8Array, mapping = { stratumColumn: 'stratum' }) {
  const table = readMicrodata(typeof text === 'string' ? bytes(text) : text);
  const resolved = resolveMapping(table, mapping, context.indicatorKeys);
  return mapRows(table, resolved, context);
}

async function issuesOf(text: string | Uint8Array, mapping = { stratumColumn: 'stratum' }) {
  try {
    await importText(text, mapping);
  } catch (e) {
    if (e instanceof ImportError) return e.issues;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('mapping microdata to responses', () => {
  it('maps stratum, weight, gender and indicator columns by name', async () => {
    const rows = await importText(
      'stratum,weight,agressie,melding,extra\ngm-raad,1.5,1,0,x\nGM-RAAD,2,0,,y\npv-staten,1,1,1,z\npv-staten,1,,,z\n',
    );
    expect(rows).toEqual([
      {
        stratumId: 'id-raad',
        weight: 1.5,
        gender: null,
        indicatorValues: { agressie: 1, melding: 0 },
      },
      { stratumId: 'id-raad', weight: 2, gender: null, indicatorValues: { agressie: 0 } },
      {
        stratumId: 'id-staten',
        weight: 1,
        gender: null,
        indicatorValues: { agressie: 1, melding: 1 },
      },
      { stratumId: 'id-staten', weight: 1, gender: null, indicatorValues: {} },
    ]);
  });

  it('reads a semicolon file with a BOM, CRLF and decimal commas', async () => {
    const rows = await importText(
      '\uFEFFstratum;gewicht;agressie\r\ngm-raad;1,25;1\r\ngm-raad;0,75;0\r\n',
    );
    expect(rows.map((r) => r.weight)).toEqual([1.25, 0.75]);
  });

  it('names the line and column of a value that is not 0 or 1', async () => {
    const issues = await issuesOf('stratum,weight,agressie\ngm-raad,1,1\ngm-raad,1,2\n');
    expect(issues).toEqual([
      expect.objectContaining({
        line: 3,
        column: 'agressie',
        message: expect.stringMatching(/Regel 3, kolom "agressie".*geen 0 of 1/),
      }),
    ]);
  });

  it('names zero, negative, blank and non-numeric weights', async () => {
    const issues = await issuesOf(
      'stratum,weight,agressie\ngm-raad,0,1\ngm-raad,-1,1\ngm-raad,,1\ngm-raad,veel,1\ngm-raad,1,1\n',
    );
    expect(issues.map((i) => [i.line, i.column])).toEqual([
      [2, 'weight'],
      [3, 'weight'],
      [4, 'weight'],
      [5, 'weight'],
    ]);
    expect(issues[0]!.message).toMatch(/niet groter dan 0/);
    expect(issues[2]!.message).toMatch(/ontbreekt/);
    expect(issues[3]!.message).toMatch(/geen getal/);
  });

  it('names a missing weight or stratum column and the request field to fix', () => {
    const table = readMicrodata(bytes('laag,agressie\ngm-raad,1\n'));
    try {
      resolveMapping(table, { stratumColumn: 'stratum' }, context.indicatorKeys);
      expect.unreachable();
    } catch (e) {
      const issues = (e as ImportError).issues;
      expect(issues.map((i) => i.column)).toEqual(['body.stratumColumn', 'body.weightColumn']);
      expect(issues[0]!.message).toMatch(/"stratum".*ontbreekt.*laag, agressie/);
    }
  });

  it('refuses a file in which no column matches an indicator', () => {
    const table = readMicrodata(bytes('stratum,weight,x\ngm-raad,1,1\n'));
    expect(() =>
      resolveMapping(table, { stratumColumn: 'stratum' }, context.indicatorKeys),
    ).toThrow(/Geen enkele kolom/);
  });

  it('names the line of a stratum that has only one respondent', async () => {
    const issues = await issuesOf(
      'stratum,weight,agressie\ngm-raad,1,1\npv-staten,1,0\ngm-raad,1,0\n',
    );
    expect(issues).toEqual([
      expect.objectContaining({
        line: 3,
        column: 'stratum',
        message: expect.stringMatching(/één respondent/),
      }),
    ]);
  });

  it('accepts a lone respondent when the wave already holds others in that stratum', async () => {
    const table = readMicrodata(bytes('stratum,weight,agressie\ngm-raad,1,1\n'));
    const resolved = resolveMapping(table, { stratumColumn: 'stratum' }, context.indicatorKeys);
    const rows = await mapRows(table, resolved, {
      ...context,
      existingPerStratum: new Map([['id-raad', 5]]),
    });
    expect(rows).toHaveLength(1);
  });

  it('reports progress every IMPORT_PROGRESS_EVERY_ROWS rows and at the end', async () => {
    const lines = Array.from(
      { length: 4500 },
      (_, i) => `${i % 2 ? 'gm-raad' : 'pv-staten'},1,${i % 2}`,
    );
    const table = readMicrodata(bytes(`stratum,weight,agressie\n${lines.join('\n')}\n`));
    const resolved = resolveMapping(table, { stratumColumn: 'stratum' }, context.indicatorKeys);
    const seen: number[] = [];
    await mapRows(table, resolved, context, async (n) => {
      seen.push(n);
    });
    expect(seen).toEqual([2000, 4000, 4500]);
  });

  it('names an unknown stratum', async () => {
    const issues = await issuesOf('stratum,weight,agressie\nws-ab,1,1\n');
    expect(issues[0]).toMatchObject({ line: 2, column: 'stratum' });
    expect(issues[0]!.message).toMatch(/ws-ab.*steekproefkader/);
  });

  it('uses value labels of a .sav file and its declared weight', async () => {
    const sav = buildSav({
      variables: [
        {
          name: 'stratum',
          valueLabels: [
            [1, 'gm-raad'],
            [2, 'pv-staten'],
          ],
        },
        { name: 'wgt' },
        {
          name: 'sekse',
          valueLabels: [
            [1, 'man'],
            [2, 'vrouw'],
          ],
        },
        { name: 'agressie' },
      ],
      cases: [
        [1, 1.5, 1, 1],
        [1, 0.5, 2, 0],
        [2, 1, 2, 3],
        [2, 1, null, 0],
      ],
      weight: 'wgt',
      compression: 1,
    });
    const issues = await issuesOf(sav, {
      stratumColumn: 'stratum',
      genderColumn: 'sekse',
    } as never);
    expect(issues).toEqual([expect.objectContaining({ line: 3, column: 'agressie' })]);
    expect(issues[0]!.message).toMatch(/^Case 3/);
  });
});
