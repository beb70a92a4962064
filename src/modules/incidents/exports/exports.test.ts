import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { NAMES, pdfInfo, pdfText } from '../../../test/pdf-tools';
import { readZip } from '../../../test/zip-reader';
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
      contact: [],
      steps: [{ text: 'Melding gedaan', done: true }],
    });
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Lang (nl-NL)');
    expect(raw).toContain('/DisplayDocTitle true');
    const text = pdfText(pdf);
    expect(text).toContain(sha);
    expect(text).toContain('Er werd gedreigd.');
  });

  it('prints every name and the arrow as written, with the title and language in its info', async () => {
    const [sukru, lukasz, zoe] = NAMES;
    const pdf = await renderPoliceReportPdf({
      organisationName: 'Gemeente Ærø',
      reference: 'M-8',
      generatedAt: '5 december 2026 14:05',
      facts: [
        { label: 'Wie', value: `${zoe} (medewerker Burgerzaken)` },
        { label: 'Dader', value: sukru },
      ],
      narrative: `${sukru} bedreigde ${zoe} aan de balie; ${lukasz} was getuige.`,
      timeline: [{ at: '4 december 2026 09:12', text: 'Status: Nieuw → In behandeling' }],
      evidence: [
        {
          fileName: `verklaring ${lukasz}.pdf`,
          description: 'application/pdf, 12 kB',
          receivedAt: '4 december 2026 09:15',
          sha256: 'cd'.repeat(32),
        },
      ],
      policeReport: [{ label: 'Aangifte door', value: zoe }],
      contact: [{ label: 'Naam', value: zoe }],
      steps: [{ text: 'Melding gedaan', done: true }],
    });
    const text = pdfText(pdf);
    expect(text).toContain(`Wie: ${zoe} (medewerker Burgerzaken)`);
    expect(text).toContain(`Dader: ${sukru}`);
    expect(text).toContain(`Contactgegevens van het slachtoffer\nNaam: ${zoe}`);
    expect(text).toContain(`${sukru} bedreigde ${zoe} aan de balie; ${lukasz} was getuige.`);
    expect(text).toContain('4 december 2026 09:12 – Status: Nieuw → In behandeling');
    expect(text).toContain(`1. verklaring ${lukasz}.pdf (application/pdf, 12 kB)`);
    expect(text).toContain('Gemeente Ærø.');
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('Dossier voor aangifte – melding M-8');
    expect(info.Author).toBe('Gemeente Ærø');
    expect(info.Tagged).toBe('yes');
    expect(pdf.toString('latin1')).toContain('/Lang (nl-NL)');
  });
});
