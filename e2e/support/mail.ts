import fs from 'node:fs';
import path from 'node:path';

/** The mails in the server's outbox (no SMTP: one .eml per mail) sent to this address. */
export function mailsTo(dataDir: string, email: string): string[] {
  const outbox = path.join(dataDir, 'outbox');
  if (!fs.existsSync(outbox)) return [];
  return fs
    .readdirSync(outbox)
    .sort()
    .map((f) => fs.readFileSync(path.join(outbox, f), 'utf8'))
    .filter((text) => new RegExp(`^To: .*${email.replace(/[.]/g, '\\.')}`, 'mi').test(text));
}

/** A header of a raw mail, unfolded (a long subject may span lines). */
export function headerOf(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0]?.replace(/\r?\n[ \t]+/g, ' ') ?? '';
  const line = head
    .split(/\r?\n/)
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : '';
}
