import type { FastifyInstance } from 'fastify';
import { AppError, type FieldError } from '../errors/app-error';

/** Deeper than any schema of the app; deeper input is left to the schemas to refuse. */
const MAX_DEPTH = 64;
const MESSAGE = 'bevat een NUL-teken (\\u0000); dat kan niet worden opgeslagen';

/**
 * Paths (`body.narrative`, `query.q`, `body.answers.x`) of every string or key
 * holding U+0000. PostgreSQL text and jsonb refuse that character, so it is
 * refused at the edge, naming the field, instead of failing in the database.
 */
export function nulFields(value: unknown, root: string, depth = 0): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [root] : [];
  if (!value || typeof value !== 'object' || depth > MAX_DEPTH) return [];
  const found: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const at = `${root}.${key}`;
    if (key.includes('\u0000')) found.push(at);
    else found.push(...nulFields(v, at, depth + 1));
  }
  return found;
}

/** Throw a validation problem naming each field that holds U+0000 (multipart fields use this). */
export function refuseNul(value: unknown, root: string): void {
  const fields = nulFields(value, root);
  if (fields.length === 0) return;
  const errors: FieldError[] = fields.map((field) => ({
    field: field.replaceAll('\u0000', '\\u0000'),
    message: MESSAGE,
  }));
  throw new AppError('validation_failed', 'Eén of meer velden bevatten een NUL-teken.', {
    fields: errors,
  });
}

/** Every route: refuse U+0000 in path parameters, query and JSON body before validation. */
export function registerNulCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    refuseNul(request.params, 'params');
    refuseNul(request.query, 'query');
    refuseNul(request.body, 'body');
  });
}
