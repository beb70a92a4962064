import { createHash } from 'node:crypto';
import pg from 'pg';

/** Prepared statements kept per connection; past this, queries run unnamed. */
export const MAX_PREPARED_PER_CONNECTION = 500;
/** Longer statements are rare and one-off (bulk inserts): not worth a plan cache entry. */
const MAX_PREPARED_TEXT = 16_000;

const isCachedPlanError = (e: unknown) =>
  (e as { code?: string }).code === '0A000' &&
  /cached plan must not change result type/.test(String((e as Error).message));

/**
 * A `pg` client that runs parameterised queries as named prepared statements,
 * named by a hash of their text. PostgreSQL then parses and plans each statement
 * once per connection instead of on every execution: for the report intake
 * statement that halves the server's CPU per report (ADR 0013). Queries without
 * parameters (BEGIN, COMMIT, migrations) stay unnamed.
 */
export class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();
  /** Statements whose prepared plan went stale on this connection: run unnamed from then on. */
  private readonly stale = new Set<string>();

  // biome-ignore lint/suspicious/noExplicitAny: pg's query() is heavily overloaded; only (text, values) → Promise is rewritten.
  override query(...args: any[]): any {
    const [text, values, callback] = args;
    if (
      typeof text !== 'string' ||
      !Array.isArray(values) ||
      values.length === 0 ||
      callback !== undefined ||
      text.length > MAX_PREPARED_TEXT
    ) {
      // biome-ignore lint/suspicious/noExplicitAny: forwarding the original overload.
      return (super.query as any)(...args);
    }
    const name = `wb_${createHash('sha1').update(text).digest('base64url')}`;
    if (
      this.stale.has(name) ||
      (!this.prepared.has(name) && this.prepared.size >= MAX_PREPARED_PER_CONNECTION)
    ) {
      return super.query(text, values);
    }
    this.prepared.add(name);
    return super.query({ name, text, values }).catch((error: unknown) => {
      // A migration changed a table under a prepared `select *` on this connection: PostgreSQL
      // refuses the stale plan once; run it unnamed instead of failing the request.
      if (isCachedPlanError(error)) {
        this.stale.add(name);
        return super.query(text, values);
      }
      throw error;
    });
  }
}
