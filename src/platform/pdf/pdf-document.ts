import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';

/**
 * The font files: beside this module in the sources, and beside the chunks in
 * dist/server, where scripts/build-server.mjs copies them (as it copies the migrations).
 */
export const PDF_FONTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fonts');

/**
 * The fonts every document has, by the name to pass to `doc.font()`. Liberation Sans has
 * Helvetica's metrics, so layouts measured for Helvetica (the charts' label widths) still
 * fit, and it covers Latin Extended ("Şükrü Yılmaz", "Łukasz Ćwikła") and arrows (→),
 * which pdfkit's built-in Helvetica (WinAnsi only) garbles. ADR 0030.
 */
export const PDF_FONT = {
  regular: 'LiberationSans',
  bold: 'LiberationSans-Bold',
  mono: 'LiberationMono',
} as const;

const FONT_FILES: Record<(typeof PDF_FONT)[keyof typeof PDF_FONT], string> = {
  [PDF_FONT.regular]: 'LiberationSans-Regular.ttf',
  [PDF_FONT.bold]: 'LiberationSans-Bold.ttf',
  [PDF_FONT.mono]: 'LiberationMono-Regular.ttf',
};

let parsedFonts: Map<string, fontkit.Font> | undefined;

/**
 * The fonts parsed once per process: parsing their tables for every document tripled the
 * CPU time of a police report (about 120 ms against 40 ms). A missing file fails the first
 * PDF; build.test.ts and scripts/check-production-tree.sh check the built server has them.
 */
function parsedFontsByName(): Map<string, fontkit.Font> {
  parsedFonts ??= new Map(
    Object.entries(FONT_FILES).map(([name, file]) => {
      const font = fontkit.openSync(path.join(PDF_FONTS_DIR, file));
      if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
      return [name, font];
    }),
  );
  return parsedFonts;
}

/** Text as XML content: markup escaped, and the control characters XML 1.0 forbids dropped. */
function escapeXml(text: string): string {
  return (
    text
      .replace(
        /[&<>"']/g,
        (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
      )
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

export interface PdfSetup {
  /** Shown in the viewer's title bar (`displayTitle`) and written to the XMP metadata. */
  title: string;
  /** The document language, e.g. `nl-NL`: screen readers pick their voice by it. */
  lang: string;
  author?: string;
  subject?: string;
  keywords?: string;
  margin: number;
  /** Uncompressed content streams, for inspecting a document by hand. */
  compress?: boolean;
}

/** A document being written: draw on `doc`, tag content under `root`, then `finish()`. */
export interface PdfWriter {
  doc: PDFKit.PDFDocument;
  /** The structure tree's `Document` element. */
  root: PDFKit.PDFStructureElement;
  /** End the document and resolve with its bytes. */
  finish(): Promise<Buffer>;
}

/**
 * Start an A4 document the way every Weerbaar PDF is made: PDF/A-2b (fonts embedded,
 * sRGB output intent, XMP metadata) in PDF 1.7, tagged with a structure tree, with its
 * language and its title shown by the viewer, set in the embedded fonts of PDF_FONT.
 */
export function createPdf(setup: PdfSetup): PdfWriter {
  const doc = new PDFDocument({
    size: 'A4',
    margin: setup.margin,
    subset: 'PDF/A-2b',
    pdfVersion: '1.7',
    tagged: true,
    lang: setup.lang,
    displayTitle: true,
    compress: setup.compress ?? true,
    info: {
      Title: setup.title,
      Creator: 'Weerbaar',
      ...(setup.author ? { Author: setup.author } : {}),
      ...(setup.subject ? { Subject: setup.subject } : {}),
      ...(setup.keywords ? { Keywords: setup.keywords } : {}),
    },
  });
  // The family is the name again: pdfkit restores the font after each table cell by its
  // source and family, and finds it in its cache under the family.
  for (const [name, font] of parsedFontsByName())
    doc.registerFont(name, font as unknown as PDFKit.Mixins.PDFFontSource, name);
  doc.font(PDF_FONT.regular);
  escapeXmpInfo(doc);

  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  return {
    doc,
    root,
    finish() {
      doc.end();
      return done;
    },
  };
}

/**
 * pdfkit (0.20.2) copies the info dictionary into the XMP packet without escaping, so a
 * title with "&" or "<" (an organisation's name) would make the metadata invalid XML and
 * the file no PDF/A. The info dictionary keeps the plain text; only the XMP copy is escaped.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const pdf = doc as unknown as { info: Record<string, unknown>; _addInfo(): void };
  const addInfo = pdf._addInfo;
  pdf._addInfo = function (this: typeof pdf) {
    const plain = this.info;
    this.info = Object.fromEntries(
      Object.entries(plain).map(([k, v]) => [k, typeof v === 'string' ? escapeXml(v) : v]),
    );
    try {
      addInfo.call(this);
    } finally {
      this.info = plain;
    }
  };
}
