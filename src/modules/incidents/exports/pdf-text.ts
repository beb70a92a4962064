import { inflateSync } from 'node:zlib';

/**
 * Extract the text a PDF shows, good enough for PDFs made by pdfkit with its
 * standard fonts (WinAnsi hex strings in Tj/TJ operators, Flate-compressed content
 * streams). Used by tests and the browser journey to read the police-report document
 * without poppler; not a general PDF parser.
 */
export function extractPdfText(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const lines: string[] = [];
  const streamRe = /stream\r?\n/g;
  for (let m = streamRe.exec(text); m; m = streamRe.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const raw = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(raw).toString('latin1');
    } catch {
      content = raw.toString('latin1');
    }
    for (const op of content.matchAll(
      /\[((?:[^\]\\]|\\.)*)\]\s*TJ|(<[0-9a-fA-F\s]*>|\((?:[^)\\]|\\.)*\))\s*Tj/g,
    )) {
      const body = op[1] ?? op[2] ?? '';
      let line = '';
      for (const s of body.matchAll(/<([0-9a-fA-F\s]*)>|\(((?:[^)\\]|\\.)*)\)/g)) {
        if (s[1] !== undefined)
          line += Buffer.from(s[1].replace(/\s/g, ''), 'hex').toString('latin1');
        else line += (s[2] ?? '').replace(/\\([()\\])/g, '$1');
      }
      lines.push(line);
    }
    streamRe.lastIndex = end;
  }
  return lines.join('\n');
}
