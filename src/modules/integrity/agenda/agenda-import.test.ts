import { describe, expect, it } from 'vitest';
import { elementOffsets, parseAgenda, parseAgendaCsv, parseAgendaJson } from './agenda-import';

describe('agenda import: CSV', () => {
  it('reads comma and semicolon files with quotes, multi-line fields and Dutch headers', () => {
    const csv =
      'item,title,description\r\n1,Opening,\r\n2,"Subsidie ""Sportpark Noord""","Regel een\nregel twee"\r\n3,Rondvraag,\r\n';
    const parsed = parseAgendaCsv(csv);
    expect(parsed).toEqual({
      ok: true,
      items: [
        { itemNo: '1', title: 'Opening', description: null, line: 2 },
        {
          itemNo: '2',
          title: 'Subsidie "Sportpark Noord"',
          description: 'Regel een\nregel twee',
          line: 3,
        },
        { itemNo: '3', title: 'Rondvraag', description: null, line: 5 },
      ],
    });
    const semicolon = parseAgendaCsv(
      '\uFEFFagendapunt;titel;omschrijving\n4a;Gunning bouw;Aan Bouwbedrijf Van Dijk\n',
    );
    expect(semicolon.ok && semicolon.items[0]).toMatchObject({
      itemNo: '4a',
      title: 'Gunning bouw',
    });
  });

  it('names every broken row by its line and imports nothing', () => {
    const csv = [
      'item,title,description',
      '1,Opening,',
      '2,,zonder titel',
      '3,Te veel,kolommen,hier',
      ',Zonder nummer,',
    ].join('\n');
    const parsed = parseAgendaCsv(csv);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(!parsed.ok && parsed.problems[0]!.message).toBe('Regel 3: de titel ontbreekt.');
    expect(!parsed.ok && parsed.problems[1]!.message).toContain('3 kolommen verwacht, 4 gevonden');
  });

  it('reports an unclosed quote at the line it opens, and a missing header', () => {
    const unclosed = parseAgendaCsv('item,title\n1,"Open\n2,Dicht\n');
    expect(!unclosed.ok && unclosed.problems[0]!.line).toBe(2);
    const noHeader = parseAgendaCsv('nr,iets\n1,2\n');
    expect(!noHeader.ok && noHeader.problems[0]!.message).toContain('kolommen item en title');
  });
});

describe('agenda import: JSON', () => {
  it('reads an array or {items}, with numbers as item numbers', () => {
    const parsed = parseAgendaJson(
      '{"items": [{"item": 1, "title": "Opening"}, {"item": "2", "title": "Gunning", "description": "x"}]}',
    );
    expect(parsed.ok && parsed.items.map((i) => i.itemNo)).toEqual(['1', '2']);
  });

  it('names the line of a broken item, also in pretty-printed files', () => {
    const text = JSON.stringify(
      [
        { item: '1', title: 'Opening' },
        { item: '2', title: '' },
        { item: '3', title: 'Rondvraag' },
      ],
      null,
      2,
    );
    const parsed = parseAgendaJson(text);
    expect(!parsed.ok && parsed.problems).toEqual([
      { line: 6, message: 'Regel 6: de titel ontbreekt.' },
    ]);
  });

  it('names the line of a syntax error', () => {
    const parsed = parseAgenda(
      '[\n  {"item": "1", "title": "Opening"},\n  {"item": "2" "title": "x"}\n]',
      'json',
    );
    expect(!parsed.ok && parsed.problems[0]!.line).toBe(3);
  });

  it('finds element offsets in nested structures and strings with brackets', () => {
    const text = '{"meta": {"x": [1,2]}, "items": [ {"title": "a [b] {c}"}, 7, "x" ]}';
    const offsets = elementOffsets(text);
    expect(offsets.map((o) => text[o])).toEqual(['{', '7', '"']);
  });
});
