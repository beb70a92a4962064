import type { z } from 'zod';
import { createPdf, PDF_FONT } from '../../platform/pdf/pdf-document';
import type { PolicyVersion } from './bibob.schemas';

const MARGIN = 56;
const BODY = 10.5;

export const AREA_LABELS = {
  permit: 'Vergunningen',
  subsidy: 'Subsidies',
  real_estate: 'Vastgoedtransacties',
  tender: 'Overheidsopdrachten',
} as const;

export const WHEN_LABELS = {
  always: 'Altijd',
  indication: 'Bij een aanwijzing (signaal)',
  threshold: 'Boven een drempel',
  never: 'Niet',
} as const;

/** Dutch date for a document: 7 december 2026. */
function longDate(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * The Bibob policy as a tagged PDF/A: title, adoption, then per area the
 * application types screened and when. Nothing personal is in it.
 */
export async function renderPolicyPdf(data: {
  organisationName: string;
  policy: z.infer<typeof PolicyVersion>;
  printedOn: string;
}): Promise<Buffer> {
  const p = data.policy;
  const { doc, root, finish } = createPdf({
    title: `${p.title} – ${data.organisationName}`,
    lang: 'nl-NL',
    margin: MARGIN,
    author: data.organisationName,
    subject: 'Beleidslijn Wet Bibob',
  });
  const heading = (text: string, level: 1 | 2) => {
    doc.moveDown(level === 1 ? 0 : 0.8);
    doc
      .font(PDF_FONT.bold)
      .fontSize(level === 1 ? 18 : 13)
      .fillColor('#000')
      .text(text, { structParent: root, structType: `H${level}` });
    doc.moveDown(0.3);
  };
  const para = (text: string) => {
    doc
      .font(PDF_FONT.regular)
      .fontSize(BODY)
      .fillColor('#000')
      .text(text, { structParent: root, structType: 'P' });
    doc.moveDown(0.3);
  };

  heading(p.title, 1);
  para(`${data.organisationName} · versie ${p.version}`);
  para(
    p.adoptedOn
      ? `Vastgesteld door ${p.adoptedBy} op ${longDate(p.adoptedOn)}. Te herzien vóór ${longDate(p.renewalDue!)}.`
      : 'Concept: deze versie is nog niet vastgesteld.',
  );
  para(
    'Deze beleidslijn legt vast bij welke aanvragen, subsidies, vastgoedtransacties en overheidsopdrachten het bestuursorgaan de Wet Bibob toepast, en wanneer: altijd, bij een aanwijzing of boven een drempel.',
  );
  for (const area of Object.keys(AREA_LABELS) as (keyof typeof AREA_LABELS)[]) {
    const items = p.items.filter((i) => i.area === area);
    if (items.length === 0) continue;
    heading(AREA_LABELS[area], 2);
    doc.font(PDF_FONT.regular).fontSize(BODY).fillColor('#000');
    doc.list(
      items.map((i) => {
        const when =
          i.when === 'threshold' && i.threshold
            ? `${WHEN_LABELS.threshold}: ${i.threshold}`
            : WHEN_LABELS[i.when];
        return `${i.label} – ${when}${i.note ? `. ${i.note}` : ''}`;
      }),
      { structParent: root },
    );
    doc.moveDown(0.3);
  }
  heading('Verantwoording', 2);
  para(
    `Afgedrukt op ${longDate(data.printedOn)} uit Weerbaar. De termijnen en de wettelijke grondslag van de Bibob-toets staan in de toelichting bij de dossiers.`,
  );
  return finish();
}
