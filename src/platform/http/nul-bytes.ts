import type { FastifyInstance } from 'fastify';
import { AppError, type FieldError } from '../errors/app-error';

/** Deeper than any schema of the app; deeper input is left to the schemas to refuse. */
const MAX_DEPTH = 64;
const MESSAGE =
  'bevat een NUL-teken (\\u0000) of een losse surrogaathelft; dat kan niet worden opgeslagen';
/** U+0000, or half of a UTF-16 surrogate pair without its other half (not Unicode text). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding U+0000 is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const LONE_SURROGATES = new RegExp(UNSTORABLE.source, 'g');

/**
 * Paths (`body.narrative`, `query.q`, `body.answers.x`) of every string or key
 * holding U+0000 or a lone surrogate. PostgreSQL text and jsonb refuse U+0000, and
 * jsonb refuses a lone surrogate, so both are refused at the edge, naming the
 * field, instead of failing in the database.
 */
export function nulFields(value: unknown, root: string, depth = 0): string[] {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? [root] : [];
  if (!value || typeof value !== 'object' || depth > MAX_DEPTH) return [];
  const found: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const at = `${root}.${key}`;
    if (UNSTORABLE.test(key)) found.push(at);
    else found.push(...nulFields(v, at, depth + 1));
  }
  return found;
}

/** Throw a validation problem naming each field with unstorable text (multipart fields use this too). */
export function refuseNul(value: unknown, root: string): void {
  const fields = nulFields(value, root);
  if (fields.length === 0) return;
  const errors: FieldError[] = fields.map((field) => ({
    // Field names are sent back as JSON text: show the offending characters, never send them.
    field: field.replaceAll('\u0000', '\\u0000').replace(LONE_SURROGATES, '\uFFFD'),
    message: MESSAGE,
  }));
  throw new AppError('validation_failed', 'Eén of meer velden bevatten tekens die niet kunnen.', {
    fields: errors,
  });
}

/** Every route: refuse U+0000 and lone surrogates in params, query and JSON body before validation. */
export function registerNulCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    refuseNul(request.params, 'params');
    refuseNul(request.query, 'query');
    refuseNul(request.body, 'body');
  });
}
