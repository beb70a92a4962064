/**
 * The one way the web app talks to the Weerbaar API: openapi-fetch typed by the
 * generated `schema.d.ts` (paths, parameters, bodies and answers as the server's
 * schemas say), the session cookie (same origin), the CSRF token on every write,
 * and RFC 9457 problem details turned into a typed ApiError that forms can show.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** One invalid field as the API names it, e.g. `{ field: 'body.email', message: '...' }`. */
export interface ApiFieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details as answered by the Weerbaar API. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  instance?: string;
  errors?: ApiFieldError[];
  /** Extension members (RFC 9457 §3.2), e.g. `passwordProblem`. */
  extensions?: Record<string, unknown>;
}

/** Codes the client invents when there is no problem document to read. */
export type ClientErrorCode = 'network_error' | 'invalid_response';

export class ApiError extends Error {
  readonly status: number;
  /** Machine-readable code from the API (`invalid_credentials`, `validation_failed`, ...). */
  readonly code: string;
  readonly title: string;
  readonly detail?: string;
  readonly type: string;
  readonly errors: ApiFieldError[];
  /** Extension members of the problem document, e.g. `passwordProblem`. */
  readonly extensions: Record<string, unknown>;

  constructor(problem: ProblemDetails, options?: { cause?: unknown }) {
    super(problem.detail ?? problem.title, options);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code ?? codeForStatus(problem.status);
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.errors = problem.errors ?? [];
    this.extensions = problem.extensions ?? {};
  }

  /**
   * Field errors keyed by form field name: `body.email` becomes `email`,
   * `body.address.city` becomes `address.city`. The first message per field wins.
   */
  fieldErrors(prefix = 'body.'): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) {
      const name = e.field.startsWith(prefix) ? e.field.slice(prefix.length) : e.field;
      out[name] ??= e.message;
    }
    return out;
  }
}

/** True when `error` is an ApiError, optionally with one of the given codes. */
export function isApiError(error: unknown, ...codes: string[]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));
}

function codeForStatus(status: number): string {
  if (status === 0) return 'network_error';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'internal';
  return 'bad_request';
}

const CSRF_HEADER = 'x-csrf-token';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Login endpoints answer 401 for a wrong password: that is no expired session. */
const AUTH_PREFIX = '/api/v1/auth/';
let csrfToken: string | null = null;

/** Set (or clear) the CSRF token of the current session; sent on every write. */
export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null;
}

type UnauthenticatedListener = () => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/**
 * Be told when an API call answers 401 `unauthenticated` (the session expired
 * or was ended elsewhere). Login endpoints under /auth/ do not trigger it.
 */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/**
 * Answers to calls in the logged-in session, outside /auth/: a 401 there means the
 * session is gone. Anonymous calls (credentials 'omit') and logins are not counted.
 */
const sessionAnswers = new WeakSet<Response>();

const session: Middleware = {
  onRequest({ request }) {
    // Anonymous calls carry no trace of a logged-in session, not even its CSRF token.
    const anonymous = request.credentials === 'omit';
    if (WRITE_METHODS.has(request.method) && csrfToken && !anonymous)
      request.headers.set(CSRF_HEADER, csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    const path = new URL(request.url).pathname;
    if (request.credentials !== 'omit' && !path.startsWith(AUTH_PREFIX))
      sessionAnswers.add(response);
    return response;
  },
};

// openapi-fetch builds a Request, which needs an absolute URL; the API is same-origin.
const origin = globalThis.location?.origin?.startsWith('http')
  ? globalThis.location.origin
  : 'http://localhost';

/**
 * The typed API client: `client.GET('/api/v1/me')`. Wrap calls in `unwrap()` to get
 * the data or an ApiError. fetch is looked up on each call, so tests can answer it.
 */
export const client = createClient<paths>({
  baseUrl: origin,
  credentials: 'same-origin',
  headers: { accept: 'application/json, application/problem+json' },
  fetch: (request: Request) => globalThis.fetch(request),
});
client.use(session);

/** What an openapi-fetch call resolves to. */
interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The data of a successful answer (undefined for 204). */
type DataOf<A> = A extends { data: infer D } ? D : never;

/** Await a typed call: resolves with its data, rejects with an ApiError (or the AbortError). */
export async function unwrap<A extends Answer>(call: Promise<A>): Promise<DataOf<A>> {
  let answer: A;
  try {
    answer = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(
      { type: 'about:blank', title: 'Network error', status: 0, code: 'network_error' },
      { cause },
    );
  }
  const { response } = answer;
  if (response.ok) return answer.data as DataOf<A>;

  const error = new ApiError(toProblem(response, answer.error));
  if (error.status === 401 && error.code === 'unauthenticated' && sessionAnswers.has(response)) {
    for (const listener of unauthenticatedListeners) listener();
  }
  throw error;
}

/** A multipart body: openapi-fetch sends FormData as it is (the browser sets the boundary). */
export function formBody(form: FormData): never {
  return form as never;
}

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : undefined;
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

/** The JSON answer of an operation: `ApiResult<'/api/v1/me'>`. */
export type ApiResult<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { responses: infer R }
    ? JsonOf<R[Extract<keyof R, 200 | 201 | 202 | 204>]>
    : never;

/** The JSON request body of an operation: `ApiBody<'/api/v1/auth/login', 'post'>`. */
export type ApiBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B
    : never;

/**
 * A body as a form holds it: choices are plain strings there. The server checks each
 * choice and names the field it refuses, so the form sends what the person chose.
 */
export type FormInput<T> = {
  [K in keyof T]: T[K] extends string | null | undefined
    ? string | Exclude<T[K], string>
    : T[K] extends string[] | undefined
      ? string[] | Exclude<T[K], string[]>
      : T[K];
};

/** The query parameters of an operation. */
export type ApiQuery<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

const PROBLEM_MEMBERS = new Set([
  'type',
  'title',
  'status',
  'detail',
  'code',
  'instance',
  'errors',
]);

function toProblem(response: Response, payload: unknown): ProblemDetails {
  if (payload && typeof payload === 'object' && 'title' in payload) {
    const p = payload as Partial<ProblemDetails>;
    return {
      type: typeof p.type === 'string' ? p.type : 'about:blank',
      title: String(p.title),
      status: typeof p.status === 'number' ? p.status : response.status,
      detail: typeof p.detail === 'string' ? p.detail : undefined,
      code: typeof p.code === 'string' ? p.code : undefined,
      errors: Array.isArray(p.errors) ? p.errors.filter(isFieldError) : undefined,
      extensions: Object.fromEntries(
        Object.entries(payload).filter(([key]) => !PROBLEM_MEMBERS.has(key)),
      ),
    };
  }
  return { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
}

function isFieldError(x: unknown): x is ApiFieldError {
  return (
    !!x &&
    typeof x === 'object' &&
    typeof (x as ApiFieldError).field === 'string' &&
    typeof (x as ApiFieldError).message === 'string'
  );
}
