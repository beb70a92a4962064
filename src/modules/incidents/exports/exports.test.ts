import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../test/zip-reader';
import { extractPdfText } from './pdf-text';
import { renderPoliceReportPdf } from './police-report-pdf';
import { toCsv, toXlsx } from './tabular';

describe('CSV and XLSX', () => {
  const table = {
    columns: ['Kenmerk', 'Soort', 'Verstreken'],
    rows: [
      ['M-1', 'Bedreiging; online', true],
      ['M-2', '=HYPERLINK("http://evil")', false],
    ],
  };

  it('writes semicolon CSV with BOM and neutralises formulas', async () => {
    const text = (await buffer(toCsv(table))).toString('utf8');
    expect(text.startsWith('\uFEFFKenmerk;Soort;Verstreken\r\n')).toBe(true);
    expect(text).toContain('"Bedreiging; online";ja');
    expect(text).toContain('"\'=HYPERLINK(""http://evil"")"');
  });

  it('writes an OOXML package with workbook, sheet and content types', async () => {
    const files = await readZip(toXlsx(table));
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
      ]),
    );
    const sheet = files.get('xl/worksheets/sheet1.xml')!.toString();
    expect(sheet).toContain('<t xml:space="preserve">Bedreiging; online</t>');
    expect(sheet).toContain('&quot;http://evil&quot;');
  });
});

describe('police-report PDF', () => {
  it('is a tagged PDF in Dutch whose text includes the evidence hash', async () => {
    const sha = 'ab'.repeat(32);
    const pdf = await renderPoliceReportPdf({
      organisationName: 'Testgemeente',
      reference: 'M-7',
      generatedAt: 'vandaag',
      facts: [{ label: 'Wat', value: 'Bedreiging' }],
      narrative: 'Er werd gedreigd.',
      timeline: [{ at: 'gisteren', text: 'Melding ontvangen' }],
      evidence: [
        { fileName: 'foto.png', description: 'image/png', receivedAt: 'gisteren', sha256: sha },
      ],
      policeReport: [],
      steps: [{ text: 'Melding gedaan', done: true }],
    });
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Lang (nl-NL)');
    expect(raw).toContain('/DisplayDocTitle true');
    const text = extractPdfText(pdf);
    expect(text).toContain(sha);
    expect(text).toContain('Er werd gedreigd.');
  });
});
