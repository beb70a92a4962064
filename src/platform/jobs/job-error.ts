/** Longest error text kept on a job row. */
export const JOB_ERROR_MAX_CHARS = 300;

const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+/g;
// Values PostgreSQL echoes in messages, e.g. `Key (email)=(x@example.nl)`.
const KEY_VALUE = /\)=\([^)]*\)/g;
const QUOTED_VALUE = /'[^']*'/g;

/**
 * The error of a failed attempt as kept on the job row and shown to the platform admin:
 * its class, code and message with e-mail addresses and quoted values removed, because a job
 * error must not carry personal data (a mail server's refusal names the recipient).
 */
export function describeJobError(error: unknown): string {
  if (!(error instanceof Error)) return 'error';
  const code = (error as { code?: unknown }).code;
  const message = error.message
    .replace(EMAIL, '[address]')
    .replace(KEY_VALUE, ')=([value])')
    .replace(QUOTED_VALUE, "'[value]'")
    .replace(/\s+/g, ' ');
  const head =
    typeof code === 'string' || typeof code === 'number' ? `${error.name} ${code}` : error.name;
  return `${head}: ${message}`.slice(0, JOB_ERROR_MAX_CHARS);
}
