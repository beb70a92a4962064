/**
 * The one error type of the application. Each code maps to one HTTP status and
 * one problem type; routes and use cases throw it, the error handler answers
 * it as RFC 9457 problem details.
 */
export const ERROR_CODES = {
  validation_failed: { status: 400, title: 'De invoer is niet geldig' },
  bad_request: { status: 400, title: 'Het verzoek is niet geldig' },
  unauthenticated: { status: 401, title: 'U bent niet ingelogd' },
  totp_required: { status: 401, title: 'Tweede stap van inloggen nodig' },
  invalid_credentials: { status: 401, title: 'Inloggegevens onjuist' },
  csrf_failed: { status: 403, title: 'Beveiligingscontrole mislukt' },
  forbidden: { status: 403, title: 'U heeft geen toegang tot deze handeling' },
  not_found: { status: 404, title: 'Niet gevonden' },
  method_not_allowed: { status: 405, title: 'Deze handeling kan niet op dit adres' },
  request_timeout: { status: 408, title: 'Het verzoek duurde te lang' },
  conflict: { status: 409, title: 'Conflict met de huidige toestand' },
  invalid_transition: { status: 409, title: 'Deze statuswijziging is niet toegestaan' },
  payload_too_large: { status: 413, title: 'Het bestand of verzoek is te groot' },
  uri_too_long: { status: 414, title: 'Het adres is te lang' },
  unsupported_media_type: { status: 415, title: 'Dit bestandstype wordt niet ondersteund' },
  unprocessable: { status: 422, title: 'Het verzoek kan niet worden verwerkt' },
  account_locked: { status: 423, title: 'Account tijdelijk geblokkeerd' },
  rate_limited: { status: 429, title: 'Te veel pogingen' },
  headers_too_large: { status: 431, title: 'De kopregels van het verzoek zijn te groot' },
  internal: { status: 500, title: 'Er ging iets mis aan onze kant' },
  unavailable: { status: 503, title: 'Tijdelijk niet beschikbaar' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One invalid field: a JSON-pointer-like path and a human message. */
export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fieldErrors: FieldError[];
  readonly extra: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    detail?: string,
    options: { fields?: FieldError[]; extra?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(detail ?? ERROR_CODES[code].title, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.fieldErrors = options.fields ?? [];
    this.extra = options.extra ?? {};
  }
}

/** Shorthand for the 404 that hides whether a record exists in another organisation. */
export function notFound(what = 'Dit item'): AppError {
  return new AppError('not_found', `${what} bestaat niet of u heeft er geen toegang toe.`);
}

/** Shorthand for a validation error on one field. */
export function invalidField(field: string, message: string): AppError {
  return new AppError('validation_failed', message, { fields: [{ field, message }] });
}
