import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvStream, csvText, detectDelimiter, readCsvRecords } from './csv';

/** The bytes as UTF-8, BOM kept (stream/consumers' text() would drop it). */
const text = async (stream: Readable) => (await buffer(stream)).toString('utf8');

describe('CSV writing (csv-stringify)', () => {
  // Moved from declaration-rules.test.ts when csvCell gave way to the platform writer.
  it('neutralises spreadsheet formulas and quotes CSV cells', () => {
    expect(csvText([['=HYPERLINK("x")']], ',')).toBe('"\'=HYPERLINK(""x"")"\r\n');
    expect(csvText([['Stichting A, B']], ',')).toBe('"Stichting A, B"\r\n');
    expect(csvText([[null, 'x']], ',')).toBe(',x\r\n');
  });

  it('quotes line breaks and both separators, writes ja/nee and a BOM when asked', async () => {
    const rows = [
      ['regel\neen', 'a;b', true, false, 4.5, '+31 6', '-2'],
      ['gewoon', '@x', null, undefined, 0, '', 'é'],
    ];
    const written = await text(csvStream(rows, ';', { bom: true }));
    expect(written).toBe(
      '\uFEFF"regel\neen";"a;b";ja;nee;4.5;\'+31 6;\'-2\r\ngewoon;\'@x;;;0;;é\r\n',
    );
  });

  it('streams many rows without building one string first', async () => {
    const many = Array.from({ length: 50_000 }, (_, i) => [`M-${i}`, i]);
    const written = await text(csvStream(many, ';'));
    expect(written.split('\r\n')).toHaveLength(50_001);
  });
});

describe('CSV reading (csv-parse)', () => {
  it('gives every record the line it starts on, across quoted line breaks and blank lines', () => {
    expect(readCsvRecords('a,b\n1,"x\ny"\n\n2,3\r\n', ',')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x\ny'] },
      { line: 5, fields: ['2', '3'] },
    ]);
  });

  it('names the kind, line and field of a syntax error', () => {
    const at = (input: string) => {
      try {
        readCsvRecords(input, ';');
      } catch (error) {
        if (error instanceof CsvSyntaxError) return [error.kind, error.line, error.fieldIndex];
        throw error;
      }
      return null;
    };
    expect(at('a;b\n1;"open\n2;3\n')).toEqual(['unclosed_quote', 2, 1]);
    expect(at('a;b\n"x"y;2\n')).toEqual(['text_after_quote', 2, 0]);
    expect(at('a;b\n1;x"y\n')).toEqual(['quote_inside_field', 2, 1]);
  });

  it('finds the separator from the header, outside quotes', () => {
    expect(detectDelimiter('"a;b",c,d\n1;2;3;4')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('a')).toBe(',');
  });
});
