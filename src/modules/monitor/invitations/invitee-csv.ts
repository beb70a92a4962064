import { columnIndex, parseCsv } from '../imports/csv';
import { ImportError, type ImportIssue, issue } from '../imports/import-issue';
import { MAX_INVITEES_PER_UPLOAD, MAX_REPORTED_ERRORS } from '../monitor.constants';

export interface Invitee {
  email: string;
  stratumId: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_COLUMNS = ['email', 'e-mail', 'emailadres', 'e-mailadres'];
const STRATUM_COLUMNS = ['stratum', 'code'];

/**
 * Read an invitee list: one line per person with an e-mail address and the
 * stratum code from the wave's frame. Addresses appear once per list; every
 * problem names its line and column.
 */
export function parseInviteeCsv(bytes: Uint8Array, strata: Map<string, string>): Invitee[] {
  const table = parseCsv(bytes);
  const find = (names: string[]) =>
    names.map((n) => columnIndex(table.header, n)).find((i) => i >= 0) ?? -1;
  const emailIndex = find(EMAIL_COLUMNS);
  const stratumIndex = find(STRATUM_COLUMNS);
  const missing: ImportIssue[] = [];
  if (emailIndex < 0)
    missing.push(
      issue(
        1,
        'email',
        `de kolom met e-mailadressen ontbreekt (gevonden: ${table.header.join(', ')}). Noem haar "email".`,
      ),
    );
  if (stratumIndex < 0)
    missing.push(
      issue(
        1,
        'stratum',
        'de kolom met de stratumcode uit het steekproefkader ontbreekt. Noem haar "stratum".',
      ),
    );
  if (missing.length > 0) throw new ImportError(missing);
  if (table.records.length > MAX_INVITEES_PER_UPLOAD) {
    throw new ImportError([
      issue(
        null,
        null,
        `De lijst heeft ${table.records.length} regels; lever hoogstens ${MAX_INVITEES_PER_UPLOAD} adressen per keer aan.`,
      ),
    ]);
  }
  const issues: ImportIssue[] = [];
  const add = (line: number, column: string, what: string) => {
    if (issues.length < MAX_REPORTED_ERRORS) issues.push(issue(line, column, what));
  };
  const seen = new Map<string, number>();
  const out: Invitee[] = [];
  for (const record of table.records) {
    const email = record.fields[emailIndex]!.trim().toLowerCase();
    const code = record.fields[stratumIndex]!.trim().toLowerCase();
    const emailColumn = table.header[emailIndex]!;
    if (!EMAIL.test(email) || email.length > 254) {
      add(record.line, emailColumn, 'dit is geen geldig e-mailadres.');
      continue;
    }
    const earlier = seen.get(email);
    if (earlier !== undefined) {
      add(
        record.line,
        emailColumn,
        `dit adres staat ook al op regel ${earlier}. Nodig iedereen één keer uit.`,
      );
      continue;
    }
    const stratumId = strata.get(code);
    if (!stratumId) {
      add(
        record.line,
        table.header[stratumIndex]!,
        `stratum "${code}" staat niet in het steekproefkader van deze meting.`,
      );
      continue;
    }
    seen.set(email, record.line);
    out.push({ email, stratumId });
  }
  if (issues.length > 0) throw new ImportError(issues);
  return out;
}
