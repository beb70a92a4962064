import { createPdf, PDF_FONT } from '../../../platform/pdf/pdf-document';

/** Everything the police-report document shows, already decrypted and labelled. */
export interface PoliceReportDocument {
  organisationName: string;
  reference: string;
  generatedAt: string;
  /** Label/value pairs: what happened, when, where, how, to whom. */
  facts: readonly { label: string; value: string }[];
  narrative: string;
  timeline: readonly { at: string; text: string }[];
  evidence: readonly {
    fileName: string;
    description: string;
    receivedAt: string;
    sha256: string;
  }[];
  /** How the police reach the victim: name, phone, e-mail and the address to use. */
  contact: readonly { label: string; value: string }[];
  /** The police-report measure, when one is planned or filed. */
  policeReport: readonly { label: string; value: string }[];
  /** Steps of the "melding en aangifte" plan with whether each is done. */
  steps: readonly { text: string; done: boolean }[];
}

const MARGIN = 56;
const BODY_SIZE = 10.5;
const HASH_FONT_SIZE = 8.5;

/**
 * Render the document to take to the police: a tagged PDF/A (structure tree with
 * headings, paragraphs and lists, document language Dutch, title shown in the
 * viewer), so screen readers read it in order. Hashes are set in a monospaced font
 * on their own line, so they can be compared character by character.
 */
export async function renderPoliceReportPdf(
  data: PoliceReportDocument,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const title = `Dossier voor aangifte – melding ${data.reference}`;
  const { doc, root, finish } = createPdf({
    title,
    lang: 'nl-NL',
    margin: MARGIN,
    compress: options.compress,
    author: data.organisationName,
    subject: 'Feiten, tijdlijn en bewijslijst bij een melding van agressie of intimidatie',
  });
  const heading = (text: string, level: 1 | 2) => {
    doc.moveDown(level === 1 ? 0 : 0.8);
    doc
      .font(PDF_FONT.bold)
      .fontSize(level === 1 ? 18 : 13.5)
      .fillColor('#000')
      .text(text, { structParent: root, structType: level === 1 ? 'H1' : 'H2' });
    doc.moveDown(0.3);
  };
  const para = (text: string, font: string = PDF_FONT.regular, size = BODY_SIZE) => {
    doc
      .font(font)
      .fontSize(size)
      .fillColor('#000')
      .text(text, { structParent: root, structType: 'P' });
  };
  const pairs = (items: readonly { label: string; value: string }[]) => {
    for (const item of items) {
      doc.font(PDF_FONT.bold).fontSize(BODY_SIZE).text(`${item.label}: `, {
        structParent: root,
        structType: 'P',
        continued: true,
      });
      doc.font(PDF_FONT.regular).text(item.value || '—');
    }
  };

  heading(title, 1);
  para(
    `${data.organisationName}. Opgesteld door Weerbaar op ${data.generatedAt}. Neem dit document en de bijbehorende map met bewijsstukken (zip) mee naar de politie.`,
  );

  heading('Stappenplan melding en aangifte', 2);
  doc.font(PDF_FONT.regular).fontSize(BODY_SIZE);
  doc.list(
    data.steps.map((s) => `${s.done ? '[gedaan]' : '[nog te doen]'} ${s.text}`),
    { structParent: root, listType: 'numbered' },
  );

  heading('De feiten', 2);
  pairs(data.facts);

  heading('Contactgegevens van het slachtoffer', 2);
  pairs(data.contact);

  heading('Wat er gebeurde', 2);
  para(data.narrative || '(Geen beschrijving meer beschikbaar.)');

  if (data.policeReport.length > 0) {
    heading('Aangifte', 2);
    pairs(data.policeReport);
  }

  heading('Tijdlijn', 2);
  if (data.timeline.length === 0) para('Geen gebeurtenissen.');
  for (const event of data.timeline) para(`${event.at} – ${event.text}`);

  heading('Bewijsstukken', 2);
  para(
    'Van elk bestand is bij ontvangst een SHA-256-hash vastgelegd. Komt de hash van een bestand in de zip overeen met de hash hieronder, dan is het bestand sinds ontvangst niet veranderd.',
  );
  if (data.evidence.length === 0) para('Er zijn geen bewijsstukken toegevoegd.');
  data.evidence.forEach((item, i) => {
    doc.moveDown(0.4);
    para(
      `${i + 1}. ${item.fileName} (${item.description}), ontvangen ${item.receivedAt}`,
      PDF_FONT.bold,
    );
    para(`SHA-256: ${item.sha256}`, PDF_FONT.mono, HASH_FONT_SIZE);
  });

  return finish();
}
