import { execFileSync } from 'node:child_process';

/** Names that pdfkit's built-in Helvetica (WinAnsi) garbles: every PDF must print them. */
export const NAMES = ['Şükrü Yılmaz', 'Łukasz Ćwikła', 'Zoë'] as const;

/**
 * Read PDFs in tests the way a reader's software does, with poppler's command-line tools
 * (package poppler-utils; CI installs it). Each reads the bytes from standard input.
 */
function poppler(tool: string, args: string[], pdf: Buffer): string {
  try {
    return execFileSync(tool, [...args, '-', ...(tool === 'pdftotext' ? ['-'] : [])], {
      input: pdf,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} not found: install poppler-utils to run the PDF tests`);
    throw error;
  }
}

/** The text as `pdftotext` extracts it (reading order, UTF-8). */
export function pdfText(pdf: Buffer): string {
  return poppler('pdftotext', ['-enc', 'UTF-8'], pdf);
}

/** The document information `pdfinfo` prints: Title, Author, Tagged, PDF version, … */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of poppler('pdfinfo', ['-enc', 'UTF-8'], pdf).split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) info[line.slice(0, colon)] = line.slice(colon + 1).trim();
  }
  return info;
}

/** The XMP metadata packet (`pdfinfo -meta`). */
export function pdfMetadata(pdf: Buffer): string {
  return poppler('pdfinfo', ['-meta'], pdf);
}

/** The fonts `pdffonts` lists, with whether each is embedded and has a Unicode map. */
export function pdfFonts(pdf: Buffer): { name: string; embedded: boolean; unicode: boolean }[] {
  const lines = poppler('pdffonts', [], pdf).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, emb, sub, uni, object, generation
    const cells = line.trim().split(/\s+/);
    const [emb, , uni] = cells.slice(-5, -2);
    return { name: cells[0]!, embedded: emb === 'yes', unicode: uni === 'yes' };
  });
}
