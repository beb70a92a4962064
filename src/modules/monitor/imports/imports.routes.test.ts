import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { IMPORT_PROGRESS_EVERY_ROWS } from '../monitor.constants';
import {
  type MonitorFixture,
  monitorFixture,
  multipart,
  waveWithFrame,
} from '../monitor.test-support';
import { buildSav } from './sav-builder';

let t: TestApp;
let f: MonitorFixture;
let year = 2100;
beforeAll(async () => {
  t = await buildTestApp();
  f = await monitorFixture(t);
});
afterAll(async () => t?.close());

/** A closed-for-fieldwork wave (draft) with the small frame, ready for imports. */
async function freshWave(): Promise<string> {
  year -= 1;
  return waveWithFrame(t, f, { year });
}

async function upload(
  waveId: string,
  file: Uint8Array | string,
  fields: Record<string, string> = {},
  name = 'data.csv',
) {
  const mp = multipart(file, fields, name);
  return t.app.inject({
    method: 'POST',
    url: `${f.base}/waves/${waveId}/imports`,
    headers: { ...f.researcher.headers, ...mp.headers },
    payload: mp.payload,
  });
}

async function finish(importId: string) {
  await t.deps.jobs.drain();
  const res = await t.app.inject({
    method: 'GET',
    url: `${f.base}/imports/${importId}`,
    headers: f.researcher.headers,
  });
  return res.json();
}

async function responseCount(waveId: string): Promise<number> {
  const rows = await t.deps.db
    .selectFrom('monitor_response')
    .select('id')
    .where('wave_id', '=', waveId)
    .execute();
  return rows.length;
}

/** n rows over the three strata with 0/1 indicators. */
function csvRows(n: number, delimiter = ','): string {
  const strata = ['gm-raad', 'gm-weth', 'pv-staten'];
  const lines = ['stratum,weight,geslacht,agressie,melding'.replaceAll(',', delimiter)];
  for (let i = 0; i < n; i++) {
    const victim = i % 7 < 2 ? 1 : 0;
    lines.push(
      [
        strata[i % 3],
        i % 5 === 0 ? '1,5' : '1',
        i % 2 ? 'man' : 'vrouw',
        victim,
        victim ? i % 2 : '',
      ].join(delimiter),
    );
  }
  return lines.join('\r\n');
}

describe('importing microdata', () => {
  it('imports a semicolon CSV with a BOM as a job, with progress, and estimates from it', async () => {
    const waveId = await freshWave();
    const rows = IMPORT_PROGRESS_EVERY_ROWS + 400;
    const res = await upload(waveId, `\uFEFF${csvRows(rows, ';')}`, { genderColumn: 'geslacht' });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({
      status: 'queued',
      format: 'csv',
      totalRows: rows,
      percent: 0,
    });
    expect(res.json().notes.join(' ')).toMatch(/BOM.*puntkomma|puntkomma.*BOM/s);
    const done = await finish(res.json().id);
    expect(done).toMatchObject({
      status: 'done',
      importedRows: rows,
      processedRows: rows,
      percent: 100,
      issues: [],
    });
    expect(await responseCount(waveId)).toBe(rows);
    const results = await t.app.inject({
      method: 'GET',
      url: `${f.base}/waves/${waveId}/results`,
      headers: f.researcher.headers,
    });
    const agressie = results
      .json()
      .estimates.indicators.find((i: { key: string }) => i.key === 'agressie');
    expect(agressie.overall.p).toBeGreaterThan(0.25);
    expect(agressie.overall.p).toBeLessThan(0.33);
    const gender = agressie.breakdowns.find((b: { dimension: string }) => b.dimension === 'gender');
    expect(gender.categories.map((c: { code: string }) => c.code)).toEqual(['man', 'vrouw']);
    const file = await t.deps.db
      .selectFrom('monitor_import')
      .select('file_enc')
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(file.file_enc).toBeNull();
  });

  it('imports an SPSS .sav file with value labels (bytecode-compressed)', async () => {
    const waveId = await freshWave();
    const cases = Array.from({ length: 90 }, (_, i) => [
      (i % 3) + 1,
      1 + (i % 2) / 2,
      (i % 2) + 1,
      i % 4 === 0 ? 1 : 0,
    ]);
    const sav = buildSav({
      variables: [
        {
          name: 'stratum',
          valueLabels: [
            [1, 'gm-raad'],
            [2, 'gm-weth'],
            [3, 'pv-staten'],
          ],
        },
        { name: 'gewicht' },
        {
          name: 'sekse',
          valueLabels: [
            [1, 'man'],
            [2, 'vrouw'],
          ],
        },
        {
          name: 'agressie',
          valueLabels: [
            [0, 'nee'],
            [1, 'ja'],
          ],
        },
      ],
      cases,
      weight: 'gewicht',
      compression: 1,
    });
    const res = await upload(waveId, sav, { genderColumn: 'sekse' }, 'monitor.sav');
    expect(res.statusCode).toBe(202);
    expect(res.json().format).toBe('sav');
    const done = await finish(res.json().id);
    expect(done).toMatchObject({ status: 'done', importedRows: 90 });
    const stored = await t.deps.db
      .selectFrom('monitor_response')
      .select(['gender', 'weight', 'indicator_values'])
      .where('wave_id', '=', waveId)
      .execute();
    expect(stored.filter((r) => r.gender === 'vrouw')).toHaveLength(45);
    expect(stored.filter((r) => r.indicator_values.agressie === 1)).toHaveLength(23);
  });

  it('answers a missing weight or stratum column at once, naming the field, and stores nothing', async () => {
    const waveId = await freshWave();
    const res = await upload(waveId, 'laag,agressie\ngm-raad,1\n');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.stratumColumn',
      'body.weightColumn',
    ]);
    expect(res.json().errors[1].message).toMatch(/"weight".*ontbreekt/);
    const imports = await t.app.inject({
      method: 'GET',
      url: `${f.base}/waves/${waveId}/imports`,
      headers: f.researcher.headers,
    });
    expect(imports.json()).toEqual([]);
  });

  it('answers a truncated .sav at once, naming the case', async () => {
    const waveId = await freshWave();
    const sav = buildSav({
      variables: [{ name: 'stratum', width: 10 }, { name: 'weight' }, { name: 'agressie' }],
      cases: Array.from({ length: 10 }, (_, i) => [i % 2 ? 'gm-raad' : 'gm-weth', 1, i % 2]),
    });
    const res = await upload(waveId, sav.subarray(0, sav.length - 20), {}, 'kapot.sav');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'file', line: 10 });
    expect(res.json().errors[0].message).toMatch(/afgekapt.*case 10/);
    expect(await responseCount(waveId)).toBe(0);
  });

  const badFiles: [string, string, [number, string][]][] = [
    [
      'a value that is not 0 or 1',
      'stratum,weight,agressie\ngm-raad,1,1\ngm-raad,1,2\ngm-weth,1,0\ngm-weth,1,0\n',
      [[3, 'agressie']],
    ],
    ['a zero weight', 'stratum,weight,agressie\ngm-raad,0,1\ngm-raad,1,1\n', [[2, 'weight']]],
    [
      'a negative weight',
      'stratum;gewicht;agressie\ngm-raad;-1,5;1\ngm-raad;1;1\n',
      [[2, 'gewicht']],
    ],
    [
      'a stratum with one respondent',
      'stratum,weight,agressie\ngm-raad,1,1\ngm-raad,1,0\ngm-weth,1,1\n',
      [[4, 'stratum']],
    ],
    [
      'an unknown stratum',
      'stratum,weight,agressie\nws-ab,1,1\nws-ab,1,1\n',
      [
        [2, 'stratum'],
        [3, 'stratum'],
      ],
    ],
  ];
  for (const [what, file, expected] of badFiles) {
    it(`fails the import of a file with ${what}, naming line and column, with nothing stored`, async () => {
      const waveId = await freshWave();
      const res = await upload(waveId, file);
      expect(res.statusCode).toBe(202);
      const done = await finish(res.json().id);
      expect(done.status).toBe('failed');
      expect(done.issues.map((i: { line: number; column: string }) => [i.line, i.column])).toEqual(
        expected,
      );
      for (const i of done.issues) expect(i.message).toMatch(/^Regel \d+, kolom "/);
      expect(await responseCount(waveId)).toBe(0);
    });
  }

  it('refuses imports into a wave in the field', async () => {
    const waveId = await freshWave();
    await t.app.inject({
      method: 'POST',
      url: `${f.base}/waves/${waveId}/status`,
      headers: f.researcher.headers,
      payload: { status: 'fielding' },
    });
    const res = await upload(waveId, csvRows(10));
    expect(res.statusCode).toBe(409);
  });
});
