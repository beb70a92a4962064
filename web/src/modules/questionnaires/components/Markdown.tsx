import type { ReactNode } from 'react';
import { Link, Paragraph, UnorderedList, UnorderedListItem } from '../../../ui';

/*
 * The Markdown subset advice is written in: paragraphs, "- " lists, "#" lines
 * (shown bold, so they never break the page's heading order), **bold** and
 * https links. Rendered as React elements: HTML in the text is never interpreted.
 */

function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const pattern = /\*\*(.+?)\*\*|\[(.+?)\]\((https:\/\/[^\s)]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    if (m[1] !== undefined) out.push(<strong key={m.index}>{m[1]}</strong>);
    else
      out.push(
        <Link key={m.index} href={m[3]} rel="noopener noreferrer">
          {m[2]}
        </Link>,
      );
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function Markdown({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  const blocks = text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) =>
      chunk
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
  return (
    <>
      {blocks.map((lines, i) => {
        const key = `${i}:${lines[0]}`;
        if (/^[-*] /.test(lines[0]!)) {
          // A list item may wrap onto lines that do not start with "- ".
          const items: string[] = [];
          for (const l of lines) {
            if (/^[-*] /.test(l)) items.push(l.slice(2));
            else items[items.length - 1] += ` ${l}`;
          }
          return (
            <UnorderedList key={key}>
              {items.map((item) => (
                <UnorderedListItem key={item}>{inline(item)}</UnorderedListItem>
              ))}
            </UnorderedList>
          );
        }
        if (lines.length === 1 && /^#{1,6} /.test(lines[0]!)) {
          return (
            <Paragraph key={key}>
              <strong>{inline(lines[0]!.replace(/^#+ /, ''))}</strong>
            </Paragraph>
          );
        }
        return <Paragraph key={key}>{inline(lines.join(' '))}</Paragraph>;
      })}
    </>
  );
}
