import type { ChartLayout, Shape } from '../../../platform/charts/chart-layout';
import { layoutBarChart, layoutLineChart } from '../../../platform/charts/chart-layout';
import { createPdf, PDF_FONT } from '../../../platform/pdf/pdf-document';
import { NOT_COMPARABLE_TEXT, SUPPRESSED_TEXT, trendSeries } from '../results/wave-results';
import type { ReportContent } from './report-model';
import {
  breakdownTable,
  keyFigureTable,
  type ReportTable,
  responseTable,
  trendTable,
} from './report-tables';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const MARGIN = 50;
const FONT = PDF_FONT.regular;
const BOLD = PDF_FONT.bold;

function contentWidth(doc: Doc): number {
  return doc.page.width - 2 * MARGIN;
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function heading(doc: Doc, parent: Struct, level: 'H1' | 'H2' | 'H3', text: string): void {
  const size = level === 'H1' ? 20 : level === 'H2' ? 15 : 12;
  // Keep a heading with at least a few lines of what follows it.
  ensureSpace(doc, size * 4 + 80);
  if (level !== 'H1') doc.moveDown(0.6);
  parent.add(
    doc.struct(level, {}, () => {
      doc
        .font(BOLD)
        .fontSize(size)
        .fillColor('#154273')
        .text(text, MARGIN, doc.y, { width: contentWidth(doc) });
    }),
  );
  doc.moveDown(0.3);
}

function paragraph(
  doc: Doc,
  parent: Struct,
  text: string,
  options: { bold?: boolean; colour?: string } = {},
): void {
  ensureSpace(doc, 30);
  parent.add(
    doc.struct('P', {}, () => {
      doc
        .font(options.bold ? BOLD : FONT)
        .fontSize(10)
        .fillColor(options.colour ?? '#1a1a1a')
        .text(text, MARGIN, doc.y, { width: contentWidth(doc) });
    }),
  );
  doc.moveDown(0.4);
}

/** A tagged table (Table/TR/TH/TD with header scopes) after a caption paragraph. */
function table(doc: Doc, parent: Struct, t: ReportTable): void {
  ensureSpace(doc, 60);
  paragraph(doc, parent, t.caption, { bold: true });
  const header = t.head.map((h) => ({
    text: h,
    type: 'TH',
    scope: 'Column',
    backgroundColor: '#e6ecf2',
    font: { src: BOLD },
  }));
  const rows = t.rows.map((r) => [
    { text: r[0], type: 'TH', scope: 'Row', font: { src: BOLD } },
    ...r.slice(1).map((c) => ({ text: c, type: 'TD' })),
  ]);
  doc.font(FONT).fontSize(8.5).fillColor('#1a1a1a');
  doc.table({
    structParent: parent,
    position: { x: MARGIN, y: doc.y },
    maxWidth: contentWidth(doc),
    defaultStyle: { border: 0.5, borderColor: '#8c8c8c', padding: 3 },
    data: [header, ...rows],
  } as unknown as PDFKit.Mixins.TableOptionsWithData);
  doc.x = MARGIN;
  doc.moveDown(0.8);
}

function drawShape(doc: Doc, s: Shape, x0: number, y0: number, k: number): void {
  const px = (v: number) => x0 + v * k;
  const py = (v: number) => y0 + v * k;
  switch (s.kind) {
    case 'rect':
      doc.rect(px(s.x), py(s.y), s.w * k, s.h * k).fill(s.fill);
      break;
    case 'line':
      doc.lineWidth(s.width * k);
      if (s.dash) doc.dash(3, { space: 2 });
      doc.moveTo(px(s.x1), py(s.y1)).lineTo(px(s.x2), py(s.y2)).stroke(s.stroke);
      doc.undash();
      break;
    case 'polyline': {
      const [first, ...rest] = s.points;
      if (!first) break;
      doc.lineWidth(s.width * k).moveTo(px(first[0]), py(first[1]));
      for (const [x, y] of rest) doc.lineTo(px(x), py(y));
      doc.stroke(s.stroke);
      break;
    }
    case 'marker':
      if (s.shape === 'circle') doc.circle(px(s.cx), py(s.cy), s.r * k).fill(s.fill);
      else doc.rect(px(s.cx - s.r), py(s.cy - s.r), 2 * s.r * k, 2 * s.r * k).fill(s.fill);
      break;
    case 'text': {
      const size = s.size * k;
      doc
        .font(s.bold ? BOLD : FONT)
        .fontSize(size)
        .fillColor(s.fill);
      const w = doc.widthOfString(s.text);
      const left =
        s.anchor === 'start' ? px(s.x) : s.anchor === 'middle' ? px(s.x) - w / 2 : px(s.x) - w;
      doc.text(s.text, left, py(s.y) - size * 0.8, { lineBreak: false });
      break;
    }
  }
}

/** A chart as a tagged Figure whose alternative text is the chart in words. */
function chart(doc: Doc, parent: Struct, layout: ChartLayout): void {
  const k = Math.min(1, contentWidth(doc) / layout.width) * 0.85;
  ensureSpace(doc, layout.height * k + 30);
  paragraph(doc, parent, layout.title, { bold: true });
  const x0 = MARGIN;
  const y0 = doc.y;
  parent.add(
    doc.struct('Figure', { alt: `${layout.title}. ${layout.description}` }, () => {
      for (const s of layout.shapes) drawShape(doc, s, x0, y0, k);
    }),
  );
  doc.x = MARGIN;
  doc.y = y0 + layout.height * k + 10;
}

/** The report as a tagged PDF/A (structure tree, language, title): headings, tables, figures with alt text. */
export async function renderReportPdf(content: ReportContent): Promise<Buffer> {
  const title = `${content.title}: ${content.populationLabel.toLowerCase()}${content.synthetic ? ' (synthetisch)' : ''}`;
  const { doc, root, finish } = createPdf({
    title,
    lang: 'nl-NL',
    margin: MARGIN,
    author: 'Weerbaar',
    subject: 'Monitor Integriteit en Veiligheid',
    keywords: 'monitor, agressie, intimidatie, integriteit',
  });
  heading(doc, root, 'H1', title);
  if (content.synthetic) {
    paragraph(
      doc,
      root,
      'SYNTHETISCH: dit rapport is gemaakt met verzonnen gegevens voor demonstratie. Trek er geen conclusies uit.',
      {
        bold: true,
        colour: '#a64b00',
      },
    );
  }
  paragraph(
    doc,
    root,
    `Gepubliceerd op ${content.publishedOn}. Alle percentages zijn gewogen naar de populatie.`,
  );

  heading(doc, root, 'H2', 'Kerncijfers');
  table(doc, root, keyFigureTable(content));
  chart(
    doc,
    root,
    layoutBarChart(
      `Alle indicatoren, ${content.year}`,
      content.estimates.indicators.map((i) => ({
        label: i.name,
        p: i.overall.p,
        ciLow: i.overall.ciLow,
        ciHigh: i.overall.ciHigh,
      })),
      SUPPRESSED_TEXT,
    ),
  );

  heading(doc, root, 'H2', 'Resultaten per indicator');
  for (const ind of content.estimates.indicators) {
    heading(doc, root, 'H3', ind.name);
    paragraph(doc, root, `${ind.description} Basis: ${ind.baseLabel.toLowerCase()}.`);
    if (ind.comparabilityNote) paragraph(doc, root, ind.comparabilityNote);
    for (const b of ind.breakdowns) table(doc, root, breakdownTable(ind, b, content.year));
  }

  heading(doc, root, 'H2', 'Ontwikkeling door de jaren');
  table(doc, root, trendTable(content.trend));
  for (const ind of content.trend.indicators) {
    chart(
      doc,
      root,
      layoutLineChart(
        `${ind.name}, ${content.trend.years[0]}–${content.trend.years[content.trend.years.length - 1]}`,
        [trendSeries(content.populationLabel, ind)],
        NOT_COMPARABLE_TEXT,
      ),
    );
  }

  heading(doc, root, 'H2', 'Verantwoording');
  for (const s of content.methodology) {
    heading(doc, root, 'H3', s.heading);
    for (const p of s.paragraphs) paragraph(doc, root, p);
  }
  table(doc, root, responseTable(content));
  root.end();
  return finish();
}
