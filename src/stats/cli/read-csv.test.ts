import { describe, expect, it } from 'vitest';
import { type ColumnKind, CsvError, readCsv } from './read-csv';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const kinds =
  (map: Record<string, ColumnKind>) =>
  (header: string[]): ColumnKind[] =>
    header.map((h) => map[h] ?? 'skip');

function error(run: () => unknown): CsvError {
  try {
    run();
  } catch (e) {
    if (e instanceof CsvError) return e;
    throw e;
  }
  throw new Error('expected a CsvError');
}

describe('readCsv', () => {
  it('reads numbers, indicators and categories into typed columns', () => {
    const table = readCsv(
      bytes('w,s,a,g\n1.5,x,1,A\n2,y,,B\n0.25,x,0,\n'),
      kinds({ w: 'number', s: 'category', a: 'indicator', g: 'category' }),
    );
    expect(table.rows).toBe(3);
    expect(table.delimiter).toBe(',');
    expect([...table.numbers.get(0)!]).toEqual([1.5, 2, 0.25]);
    expect([...table.numbers.get(2)!]).toEqual([1, Number.NaN, 0]);
    expect(table.categories.get(1)!.levels).toEqual(['x', 'y']);
    expect([...table.categories.get(1)!.codes]).toEqual([0, 1, 0]);
    expect([...table.categories.get(3)!.codes]).toEqual([0, 1, -1]);
    expect([...table.lines]).toEqual([2, 3, 4]);
  });

  it('handles a BOM, semicolons with decimal commas, CRLF and quoted fields', () => {
    const text = '\uFEFF"w";"s";"a"\r\n"1,5";"noord; oost";1\r\n2,25;"zuid";"0"\r\n';
    const table = readCsv(bytes(text), kinds({ w: 'number', s: 'category', a: 'indicator' }));
    expect(table.header).toEqual(['w', 's', 'a']);
    expect(table.delimiter).toBe(';');
    expect([...table.numbers.get(0)!]).toEqual([1.5, 2.25]);
    expect(table.categories.get(1)!.levels).toEqual(['noord; oost', 'zuid']);
    expect([...table.numbers.get(2)!]).toEqual([1, 0]);
  });

  it('counts physical lines through quoted newlines and blank lines', () => {
    const text = 'w,s,a\n1,"two\nlines",1\n\n2,x,7\n';
    const e = error(() =>
      readCsv(bytes(text), kinds({ w: 'number', s: 'category', a: 'indicator' })),
    );
    expect(e.line).toBe(5);
    expect(e.column).toBe('a');
    expect(e.columnNumber).toBe(3);
    expect(e.describe()).toMatch(/^line 5, column "a" \(3\): value "7" is not 0 or 1/);
  });

  it('parses numbers exactly, with signs, exponents and spaces', () => {
    const table = readCsv(
      bytes('w\n0.1\n-3\n1e-3\n 4.5 \n123456789.123456789\nNA\n'),
      kinds({ w: 'number' }),
    );
    expect([...table.numbers.get(0)!]).toEqual([
      0.1,
      -3,
      0.001,
      4.5,
      Number('123456789.123456789'),
      Number.NaN,
    ]);
  });

  it('accepts 0/1 written as 1.0 or " 0 " in indicator columns', () => {
    const table = readCsv(bytes('a\n1.0\n 0 \nNA\n'), kinds({ a: 'indicator' }));
    expect([...table.numbers.get(0)!]).toEqual([1, 0, Number.NaN]);
  });

  it('reports rows with too few or too many fields', () => {
    const short = error(() =>
      readCsv(bytes('a,b\n1,1\n1\n'), kinds({ a: 'indicator', b: 'indicator' })),
    );
    expect(short.line).toBe(3);
    expect(short.message).toMatch(/1 field but the header has 2 columns/);
    const long = error(() =>
      readCsv(bytes('a,b\n1,1,1\n'), kinds({ a: 'indicator', b: 'indicator' })),
    );
    expect(long.line).toBe(2);
    expect(long.message).toMatch(/more fields/);
  });

  it('reports an empty file, a header without rows, UTF-16 and an unclosed quote', () => {
    expect(error(() => readCsv(bytes(''), kinds({}))).message).toMatch(/empty/);
    expect(error(() => readCsv(bytes('\uFEFF\n\n'), kinds({}))).message).toMatch(/empty/);
    expect(error(() => readCsv(bytes('a,b\n'), kinds({}))).message).toMatch(/no data rows/);
    expect(error(() => readCsv(Uint8Array.from([0xff, 0xfe, 0x61, 0]), kinds({}))).message).toMatch(
      /UTF-16/,
    );
    expect(error(() => readCsv(bytes('a\n"1\n'), kinds({ a: 'indicator' }))).message).toMatch(
      /not closed/,
    );
  });

  it('reports a non-number in a number column', () => {
    const e = error(() =>
      readCsv(bytes('w,a\n1,1\nabc,0\n'), kinds({ w: 'number', a: 'indicator' })),
    );
    expect(e.describe()).toBe('line 3, column "w" (1): value "abc" is not a number');
  });

  it('refuses duplicate column names', () => {
    expect(error(() => readCsv(bytes('a,a\n1,1\n'), kinds({}))).message).toMatch(/appears twice/);
  });

  it('grows beyond its first-line estimate', () => {
    const rows = ['w', '1'];
    for (let i = 0; i < 5000; i++) rows.push(String(i % 7));
    const table = readCsv(bytes(`${rows.join('\n')}\n`), kinds({ w: 'number' }));
    expect(table.rows).toBe(5001);
    expect(table.numbers.get(0)![5000]).toBe(4999 % 7);
  });
});
