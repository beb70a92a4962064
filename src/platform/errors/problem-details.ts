import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES, type ErrorCode, type FieldError } from './app-error';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM_TYPE_BASE = 'https://weerbaar.nl/problemen/';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  errors?: FieldError[];
  [key: string]: unknown;
}

function problem(request: FastifyRequest, error: AppError): ProblemBody {
  return {
    // Extra members first: a use case's `status: 'received'` must not replace the HTTP status.
    ...error.extra,
    type: `${PROBLEM_TYPE_BASE}${error.code}`,
    title: ERROR_CODES[error.code].title,
    status: error.status,
    detail: error.message,
    instance: request.url.split('?')[0] ?? request.url,
    code: error.code,
    ...(error.fieldErrors.length > 0 ? { errors: error.fieldErrors } : {}),
  };
}

function pathOf(segments: readonly PropertyKey[], root: string): string {
  const rest = segments.map(String);
  return [root, ...rest].filter(Boolean).join('.');
}

/** Translate whatever was thrown into an AppError; unknown errors become `internal`. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const fe = error as FastifyError & { validationContext?: string };
  if (hasZodFastifySchemaValidationErrors(fe)) {
    const root = fe.validationContext ?? 'body';
    const fields = fe.validation.flatMap((v) => {
      const at = v.instancePath.split('/').filter(Boolean);
      // zod reports unknown fields on their parent object: name each field itself.
      const unknown =
        v.keyword === 'unrecognized_keys' ? (v.params as { keys?: unknown }).keys : null;
      if (Array.isArray(unknown)) {
        return unknown.map((key) => ({
          field: pathOf([...at, String(key)], root),
          message: 'onbekend veld: laat het weg',
        }));
      }
      return [{ field: pathOf(at, root), message: v.message ?? 'ongeldig' }];
    });
    return new AppError('validation_failed', 'Eén of meer velden zijn niet goed ingevuld.', {
      fields,
    });
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('bad_request', 'De inhoud is geen geldige JSON.', {
        fields: [{ field: 'body', message: 'geen geldige JSON' }],
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('payload_too_large', 'Het verzoek is groter dan toegestaan.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', 'Dit inhoudstype wordt niet ondersteund.');
    case 'FST_ERR_NOT_FOUND':
      return new AppError('not_found');
    case 'FST_ERR_BAD_URL':
      return new AppError('bad_request', 'Het adres bevat een ongeldige %-codering.', {
        fields: [{ field: 'url', message: 'ongeldige %-codering' }],
      });
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('uri_too_long', 'Een deel van het adres is te lang.', {
        fields: [{ field: 'url', message: 'te lang' }],
      });
    default:
      break;
  }
  if (fe.statusCode === 429)
    return new AppError('rate_limited', 'Te veel pogingen; probeer het later opnieuw.');
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code = (Object.keys(ERROR_CODES) as ErrorCode[]).find(
      (c) => ERROR_CODES[c].status === fe.statusCode,
    );
    return new AppError(code ?? 'bad_request', fe.message);
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError(
      'unavailable',
      'De database is tijdelijk niet bereikbaar. Probeer het over enkele seconden opnieuw.',
      { cause: error },
    );
  }
  return new AppError('internal', 'Er ging iets mis. Probeer het later opnieuw.', { cause: error });
}

function answer(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const appError = toAppError(error);
  if (appError.code === 'unavailable' && isDatabaseUnavailable(error)) {
    // Expected while the database is away: one line per request, no stack, and ask to retry.
    const cause = (appError.cause ?? appError) as { message?: string; code?: string };
    request.log.warn({ cause: { message: cause.message, code: cause.code } }, 'unavailable');
    void reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
  } else if (appError.status >= 500) {
    request.log.error({ err: error }, 'request failed');
  }
  // An error that says when to come back (extra.retryAfter, seconds) also says it in the header.
  const retryAfter = appError.extra.retryAfter;
  if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
  void reply.status(appError.status).type(PROBLEM_CONTENT_TYPE).send(problem(request, appError));
}

/**
 * Errors the router raises before any route or hook runs (broken %-encoding, a
 * path parameter past maxParamLength): pass as Fastify's `frameworkErrors` option.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  answer(error, request, reply);
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (malformed request
 * line, headers past the size limit, too slow): answered on the socket as problem
 * details. Pass as Fastify's `clientErrorHandler` option.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? 'request_timeout'
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? 'headers_too_large'
        : 'bad_request';
  const { status, title } = ERROR_CODES[code];
  const body = JSON.stringify({
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title,
    status,
    detail: 'Het verzoek is geen geldig HTTP-verzoek of te groot.',
    code,
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Answer every error as application/problem+json (unknown routes: see registerWebApp). */
export function registerProblemDetails(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply: FastifyReply) => answer(error, request, reply));
}
