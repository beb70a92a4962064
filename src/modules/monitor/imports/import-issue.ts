import { AppError, type FieldError } from '../../../platform/errors/app-error';

/** One problem in an uploaded file, located by line (or case) and column where possible. */
export interface ImportIssue {
  /** 1-based line of a CSV file, or 1-based case number of a .sav file; null for the whole file. */
  line: number | null;
  /** Column (variable) name; null when the problem is not in one column. */
  column: string | null;
  /** Dutch message that says where, what is wrong and what to fix. */
  message: string;
}

/** A file that cannot be read or imported; carries every issue found (up to a limit). */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly issues: ImportIssue[],
    /** Issues found beyond the ones listed. */
    readonly more = 0,
  ) {
    super(issues[0]?.message ?? 'Het bestand kan niet worden ingelezen.');
  }
}

/** Where an issue is, in Dutch: "Regel 14, kolom "gewicht"". */
export function locate(
  line: number | null,
  column: string | null,
  unit: 'Regel' | 'Case' = 'Regel',
): string {
  const parts: string[] = [];
  if (line !== null) parts.push(`${unit} ${line}`);
  if (column !== null) parts.push(`kolom "${column}"`);
  return parts.join(', ');
}

export function issue(line: number | null, column: string | null, what: string): ImportIssue {
  const where = locate(line, column);
  return { line, column, message: where ? `${where}: ${what}` : what };
}

/** Problem-details field entries for issues: field "file", plus line and column. */
export function issueFields(issues: readonly ImportIssue[], field = 'file'): FieldError[] {
  return issues.map((i) => ({ field, message: i.message, line: i.line, column: i.column }));
}

/** The AppError a route answers for an unreadable file (400, fields name line and column). */
export function importProblem(error: ImportError, field = 'file'): AppError {
  const extra = error.more > 0 ? ` (en nog ${error.more} andere problemen)` : '';
  return new AppError('validation_failed', `${error.message}${extra}`, {
    fields: issueFields(error.issues, field),
  });
}
