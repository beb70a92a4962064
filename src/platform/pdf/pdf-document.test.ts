import { describe, expect, it } from 'vitest';
import { NAMES, pdfFonts, pdfInfo, pdfMetadata, pdfText } from '../../test/pdf-tools';
import { createPdf, PDF_FONT } from './pdf-document';

async function sample(title: string): Promise<Buffer> {
  const { doc, root, finish } = createPdf({
    title,
    lang: 'nl-NL',
    author: 'Gemeente Ŀ & Co',
    margin: 50,
  });
  doc.text(`Melders: ${NAMES.join(', ')}.`, { structParent: root, structType: 'P' });
  doc.font(PDF_FONT.bold).text('Status: Nieuw → In behandeling', {
    structParent: root,
    structType: 'P',
  });
  doc.font(PDF_FONT.mono).text('SHA-256: 00ff', { structParent: root, structType: 'P' });
  return finish();
}

describe('the shared PDF setup', () => {
  it('prints Latin Extended names and the arrow in every font, all embedded with Unicode maps', async () => {
    const pdf = await sample('Voorbeeld');
    const text = pdfText(pdf);
    expect(text).toContain('Melders: Şükrü Yılmaz, Łukasz Ćwikła, Zoë.');
    expect(text).toContain('Status: Nieuw → In behandeling');
    expect(text).toContain('SHA-256: 00ff');
    const fonts = pdfFonts(pdf);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'LiberationMono',
      'LiberationSans',
      'LiberationSans-Bold',
    ]);
    expect(fonts.every((f) => f.embedded && f.unicode)).toBe(true);
  });

  it('is a tagged PDF/A-2b in PDF 1.7 with its title shown and its language set', async () => {
    const pdf = await sample('Dossier voor Şükrü Yılmaz');
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('Dossier voor Şükrü Yılmaz');
    expect(info.Tagged).toBe('yes');
    expect(info['PDF version']).toBe('1.7');
    expect(info['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (nl-NL)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('/OutputIntents');
    const xmp = pdfMetadata(pdf);
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('Dossier voor Şükrü Yılmaz');
  });

  it('escapes the metadata, so a name with "&", "<" or a control character keeps the XMP well-formed', async () => {
    const pdf = await sample('Rapport <concept> van A & B\u0007');
    expect(pdfInfo(pdf).Title).toBe('Rapport <concept> van A & B\u0007');
    const xmp = pdfMetadata(pdf);
    expect(xmp).toContain('Rapport &lt;concept&gt; van A &amp; B</rdf:li>');
    expect(xmp).toContain('<rdf:li>Gemeente Ŀ &amp; Co</rdf:li>');
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(xmp).not.toContain('\u0007');
  });
});
