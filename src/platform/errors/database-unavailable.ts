/**
 * Errors that mean "the database cannot be reached right now" rather than "this request is
 * wrong": the server restarting or shutting down, a terminated backend, a refused or lost TCP
 * connection, the pool giving up waiting for a connection. They become a 503 with Retry-After,
 * so clients and load balancers retry instead of reporting a bug.
 */

/** Seconds a client is asked to wait before retrying while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Node socket errors of a connection that could not be made or was lost. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs: 57P01 admin_shutdown (terminated backend, fast shutdown), 57P02
 * crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down), 53300
 * too_many_connections; class 08 is "connection exception".
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Messages of `pg` and `pg-pool` for a connection that is gone or never came. */
const CLIENT_MESSAGES = [
  /^Connection terminated/, // unexpectedly / due to connection timeout
  /^timeout exceeded when trying to connect$/, // pool connectionTimeoutMillis
  /is not queryable$/, // a client whose connection failed earlier
  /^Cannot use a pool after calling end on the pool$/, // shutting down
  /^driver has already been destroyed$/, // Kysely, shutting down
];

function isUnavailableError(error: object): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  return typeof message === 'string' && CLIENT_MESSAGES.some((m) => m.test(message));
}

/** True when `error` (or an error it wraps) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const e = queue.shift();
    if (typeof e !== 'object' || e === null || seen.has(e)) continue;
    seen.add(e);
    if (isUnavailableError(e)) return true;
    queue.push((e as { cause?: unknown }).cause);
    const inner = (e as { errors?: unknown }).errors; // AggregateError: one per address tried
    if (Array.isArray(inner)) queue.push(...inner);
  }
  return false;
}
