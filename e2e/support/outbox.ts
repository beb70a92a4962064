import fs from 'node:fs';
import path from 'node:path';

/**
 * The newest invitation token mailed to this address. Without SMTP the server
 * writes each mail as an .eml file into its data folder's outbox.
 */
export function invitationTokenFor(dataDir: string, email: string): string | null {
  const outbox = path.join(dataDir, 'outbox');
  if (!fs.existsSync(outbox)) return null;
  for (const f of fs.readdirSync(outbox).sort().reverse()) {
    const text = fs.readFileSync(path.join(outbox, f), 'utf8').replace(/=\r?\n/g, '');
    if (!text.includes(email)) continue;
    const token = text.match(/uitnodiging#(wbi_[A-Za-z0-9_-]+)/)?.[1];
    if (token) return token;
  }
  return null;
}

/** The newest password-reset token mailed to this address (see invitationTokenFor). */
export function passwordResetTokenFor(dataDir: string, email: string): string | null {
  const outbox = path.join(dataDir, 'outbox');
  if (!fs.existsSync(outbox)) return null;
  for (const f of fs.readdirSync(outbox).sort().reverse()) {
    const text = fs.readFileSync(path.join(outbox, f), 'utf8').replace(/=\r?\n/g, '');
    if (!text.includes(email)) continue;
    const token = text.match(/wachtwoord-herstellen#(wbr_[A-Za-z0-9_-]+)/)?.[1];
    if (token) return token;
  }
  return null;
}
