/**
 * The small Markdown subset advice is written in, as blocks: paragraphs,
 * "- " bullet lists and "#" headings; **bold** markers are removed for plain
 * renderings (the PDF). No HTML is ever interpreted.
 */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'heading'; text: string };

export function plainInline(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\[(.+?)\]\((.+?)\)/g, '$1 ($2)');
}

export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of markdown.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    if (/^[-*] /.test(lines[0]!)) {
      // A list item may wrap onto lines that do not start with "- ".
      const items: string[] = [];
      for (const l of lines) {
        if (/^[-*] /.test(l)) items.push(l.slice(2));
        else items[items.length - 1] += ` ${l}`;
      }
      blocks.push({ kind: 'list', items: items.map(plainInline) });
    } else if (lines.length === 1 && /^#{1,6} /.test(lines[0]!)) {
      blocks.push({ kind: 'heading', text: plainInline(lines[0]!.replace(/^#+ /, '')) });
    } else {
      blocks.push({ kind: 'paragraph', text: plainInline(lines.join(' ')) });
    }
  }
  return blocks;
}
