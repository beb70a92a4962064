/**
 * A value for a jsonb column. node-postgres turns JS arrays into Postgres
 * arrays, not JSON, so every jsonb value is serialised explicitly.
 */
export function json(value: unknown): never {
  return JSON.stringify(value) as never;
}
