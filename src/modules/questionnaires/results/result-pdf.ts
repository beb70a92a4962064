import { createPdf, PDF_FONT } from '../../../platform/pdf/pdf-document';
import type { PresentedResult } from './compose-result';
import { markdownBlocks } from './markdown-blocks';

export interface ResultDocument {
  title: string;
  organisationName: string;
  version: number;
  submittedAt: string;
  generatedAt: string;
  locale: 'nl' | 'en';
  result: PresentedResult;
}

const MARGIN = 56;
const BODY = 10.5;

const LABELS = {
  nl: {
    result: 'Resultaat',
    total: 'Totaalscore',
    band: 'Uitkomst',
    previous: 'Vorige keer',
    benchmark: (n: number) => `Gemiddelde van ${n} vergelijkbare organisaties`,
    advice: 'Advies',
    steps: 'Aanbevolen vervolgstappen',
    guide: 'Gespreksleidraad',
    noScore: 'geen score (geen beantwoorde vragen met punten)',
    meta: (org: string, v: number, at: string, gen: string) =>
      `${org} · versie ${v} · ingeleverd op ${at} · afgedrukt op ${gen}. Vertrouwelijk: alleen voor wie dit resultaat mag inzien.`,
    direction: {
      higher_is_better: 'Een hogere score betekent: verder ontwikkeld (0–100).',
      higher_is_more_risk: 'Een hogere score betekent: meer aandacht nodig (0–100).',
    },
    toolkit: 'Toolkit',
  },
  en: {
    result: 'Result',
    total: 'Total score',
    band: 'Outcome',
    previous: 'Previous attempt',
    benchmark: (n: number) => `Average of ${n} comparable organisations`,
    advice: 'Advice',
    steps: 'Recommended next steps',
    guide: 'Discussion guide',
    noScore: 'no score (no answered questions with points)',
    meta: (org: string, v: number, at: string, gen: string) =>
      `${org} · version ${v} · submitted ${at} · printed ${gen}. Confidential: only for those allowed to see this result.`,
    direction: {
      higher_is_better: 'A higher score means: more mature (0–100).',
      higher_is_more_risk: 'A higher score means: more attention needed (0–100).',
    },
    toolkit: 'Toolkit',
  },
} as const;

/**
 * The result as a tagged PDF/A (structure tree with headings, paragraphs and
 * lists, document language set, title shown), so screen readers read it in order.
 */
export async function renderResultPdf(data: ResultDocument): Promise<Buffer> {
  const L = LABELS[data.locale];
  const title = `${L.result}: ${data.title}`;
  const { doc, root, finish } = createPdf({
    title,
    lang: data.locale === 'en' ? 'en-GB' : 'nl-NL',
    margin: MARGIN,
    author: data.organisationName,
    subject: data.title,
  });
  const heading = (text: string, level: 1 | 2 | 3) => {
    doc.moveDown(level === 1 ? 0 : 0.8);
    doc
      .font(PDF_FONT.bold)
      .fontSize(level === 1 ? 18 : level === 2 ? 14 : 11.5)
      .fillColor('#000')
      .text(text, { structParent: root, structType: `H${level}` });
    doc.moveDown(0.3);
  };
  const para = (text: string, bold = false) => {
    doc
      .font(bold ? PDF_FONT.bold : PDF_FONT.regular)
      .fontSize(BODY)
      .fillColor('#000')
      .text(text, { structParent: root, structType: 'P' });
    doc.moveDown(0.3);
  };
  const list = (items: string[]) => {
    doc.font(PDF_FONT.regular).fontSize(BODY).fillColor('#000');
    doc.list(items, { structParent: root });
    doc.moveDown(0.3);
  };
  const markdown = (text: string) => {
    for (const block of markdownBlocks(text)) {
      if (block.kind === 'list') list(block.items);
      else para(block.text, block.kind === 'heading');
    }
  };
  const format = new Intl.NumberFormat(data.locale === 'en' ? 'en-GB' : 'nl-NL', {
    maximumFractionDigits: 1,
  });
  const n = (x: number) => format.format(x);
  const scoreText = (score: number | null, band: { label: string } | null) =>
    score === null ? L.noScore : `${n(score)} / 100${band ? ` – ${band.label}` : ''}`;

  const r = data.result;
  heading(title, 1);
  para(L.meta(data.organisationName, data.version, data.submittedAt, data.generatedAt));
  if (r.direction) para(L.direction[r.direction]);
  if (r.total) {
    heading(L.total, 2);
    para(scoreText(r.total.score, r.total.band), true);
    if (r.total.previousScore !== null) para(`${L.previous}: ${n(r.total.previousScore)} / 100`);
    if (r.benchmark && r.total.benchmarkScore !== null)
      para(`${L.benchmark(r.benchmark.organisations)}: ${n(r.total.benchmarkScore)} / 100`);
    if (r.total.advice) markdown(r.total.advice);
  }
  for (const s of r.sections) {
    // Sections that only set the context (no score, no advice) add nothing to a result.
    if (s.score === null && !s.advice) continue;
    heading(s.title, 2);
    para(`${L.band}: ${scoreText(s.score, s.band)}`, true);
    if (s.previousScore !== null) para(`${L.previous}: ${n(s.previousScore)} / 100`);
    if (r.benchmark && s.benchmarkScore !== null)
      para(`${L.benchmark(r.benchmark.organisations)}: ${n(s.benchmarkScore)} / 100`);
    if (s.advice) {
      heading(L.advice, 3);
      markdown(s.advice);
    }
  }
  if (r.nextSteps.length > 0) {
    heading(L.steps, 2);
    for (const a of r.nextSteps) {
      para(a.title, true);
      if (a.description) markdown(a.description);
      if (a.toolkit) {
        const url = a.toolkit.url ? ` (${a.toolkit.url})` : '';
        para(`${L.toolkit}: ${a.toolkit.title ?? a.title}${url}`);
      }
    }
  }
  if (r.discussionGuide.length > 0) {
    heading(L.guide, 2);
    for (const g of r.discussionGuide) {
      heading(g.sectionTitle, 3);
      list(
        g.points.map((p) =>
          p.description ? `${p.title} ${markdownPlain(p.description)}` : p.title,
        ),
      );
    }
  }
  return finish();
}

function markdownPlain(text: string): string {
  return markdownBlocks(text)
    .map((b) => (b.kind === 'list' ? b.items.join('; ') : b.text))
    .join(' ');
}
