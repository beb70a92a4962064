import { describe, expect, it } from 'vitest';
import { columnIndex, parseCsv, parseNumber } from './csv';
import { ImportError } from './import-issue';

const bytes = (text: string) => new TextEncoder().encode(text);

function errorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('parseCsv', () => {
  it('reads a comma file with quotes, escaped quotes and a line break inside quotes', () => {
    const t = parseCsv('a,b\n1,"x, ""y"""\n2,"twee\nregels"\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records).toEqual([
      { line: 2, fields: ['1', 'x, "y"'] },
      { line: 3, fields: ['2', 'twee\nregels'] },
    ]);
  });

  it('strips a BOM, recognises semicolons and CRLF, and says so', () => {
    const t = parseCsv(bytes('\uFEFFstratum;gewicht\r\nG1;1,5\r\n\r\nG2;2\r\n'));
    expect(t.header).toEqual(['stratum', 'gewicht']);
    expect(t.delimiter).toBe(';');
    expect(t.records.map((r) => r.line)).toEqual([2, 4]);
    expect(t.notes.join(' ')).toMatch(/BOM/);
    expect(t.notes.join(' ')).toMatch(/puntkomma/);
  });

  it('reads old Excel files in Windows-1252', () => {
    const latin = Uint8Array.from([0x6e, 0x61, 0x61, 0x6d, 0x0a, 0x43, 0x6f, 0x72, 0xe9]);
    const t = parseCsv(latin);
    expect(t.records[0]!.fields[0]).toBe('Coré');
    expect(t.notes.join(' ')).toMatch(/Windows-1252/);
  });

  it('tolerates lone CR line ends', () => {
    expect(parseCsv('a;b\r1;2\r3;4').records.map((r) => r.line)).toEqual([2, 3]);
  });

  it('names the line of a record with too many fields', () => {
    const e = errorOf(() => parseCsv('a,b\n1,2\n1,2,3\n'));
    expect(e.issues[0]).toMatchObject({ line: 3 });
    expect(e.message).toMatch(/Regel 3/);
    expect(e.message).toMatch(/3 velden/);
  });

  it('names line and column of an unclosed quote', () => {
    const e = errorOf(() => parseCsv('a;b\n1;2\n3;"open\n'));
    expect(e.issues[0]).toMatchObject({ line: 3, column: 'b' });
  });

  it('names line and column of text after a closing quote', () => {
    const e = errorOf(() => parseCsv('a,b\n"x"y,2\n'));
    expect(e.issues[0]).toMatchObject({ line: 2, column: 'a' });
  });

  it('refuses duplicate and empty column names and empty files', () => {
    expect(errorOf(() => parseCsv('a,A\n1,2')).issues[0]).toMatchObject({ line: 1, column: 'A' });
    expect(errorOf(() => parseCsv('a,,c\n1,2,3')).message).toMatch(/lege kolomnaam/);
    expect(errorOf(() => parseCsv('')).message).toMatch(/leeg/);
  });

  it('finds columns without regard to case', () => {
    expect(columnIndex(['Stratum', 'Gewicht'], 'gewicht')).toBe(1);
    expect(columnIndex(['Stratum'], 'weight')).toBe(-1);
  });
});

describe('parseNumber', () => {
  it('reads decimal points, decimal commas and thousands dots', () => {
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber(' 2 ')).toBe(2);
    expect(parseNumber('1e3')).toBe(1000);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('twee')).toBeNaN();
    expect(parseNumber('1,2,3')).toBeNaN();
  });
});
