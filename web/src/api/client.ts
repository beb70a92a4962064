/**
 * The one way the web app talks to the Weerbaar API: JSON in and out, the
 * session cookie (same origin), the CSRF token on every write, and RFC 9457
 * problem details turned into a typed ApiError that forms can show.
 */

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

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

const API_BASE = '/api/v1';

/** Call the API; `path` is relative to /api/v1 (e.g. `/me`). Resolves with the parsed JSON. */
export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    ...options.headers,
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (WRITE_METHODS.has(method) && csrfToken) headers[CSRF_HEADER] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(
      { type: 'about:blank', title: 'Network error', status: 0, code: 'network_error' },
      { cause },
    );
  }

  const payload = await readBody(response);
  if (response.ok) return payload as T;

  const error = new ApiError(toProblem(response, payload));
  if (error.status === 401 && error.code === 'unauthenticated' && !path.startsWith('/auth/')) {
    for (const listener of unauthenticatedListeners) listener();
  }
  throw error;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

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

/** Shorthands: `api.get<Me>('/me')`, `api.post<Result>('/auth/login', { email, password })`. */
export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
