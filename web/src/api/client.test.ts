import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ApiError,
  client,
  isApiError,
  onUnauthenticated,
  setCsrfToken,
  unwrap,
} from './client';

function respond(status: number, body?: unknown, type = 'application/json') {
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': type };
  const init: ResponseInit = { status, headers };
  return new Response(body === undefined ? null : JSON.stringify(body), init);
}

function mockFetch(response: Response | Error) {
  const fn = vi.fn(async (_request: Request) => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api client', () => {
  it('sends JSON with same-origin credentials and the CSRF token on writes only', async () => {
    setCsrfToken('tok');
    const fetch = mockFetch(respond(200, { ok: true }));
    const body = { email: 'a@example.org', password: 'x' };
    await expect(unwrap(client.POST('/api/v1/auth/login', { body }))).resolves.toEqual({
      ok: true,
    });
    const [init] = fetch.mock.calls[0]!;
    expect(new URL(init.url).pathname).toBe('/api/v1/auth/login');
    expect(init.credentials).toBe('same-origin');
    expect(await init.text()).toBe(JSON.stringify(body));
    expect(Object.fromEntries(init.headers)).toMatchObject({
      'content-type': 'application/json',
      'x-csrf-token': 'tok',
    });

    const get = mockFetch(respond(200, {}));
    await unwrap(client.GET('/api/v1/me'));
    const [getInit] = get.mock.calls[0]!;
    expect(getInit.method).toBe('GET');
    expect(getInit.headers.has('x-csrf-token')).toBe(false);
  });

  it('turns problem+json into an ApiError with field errors by form name', async () => {
    mockFetch(
      respond(
        400,
        {
          type: 'https://weerbaar.nl/problemen/validation_failed',
          title: 'De invoer is niet geldig',
          status: 400,
          detail: 'Eén of meer velden zijn niet goed ingevuld.',
          code: 'validation_failed',
          errors: [
            { field: 'body.email', message: 'ongeldig e-mailadres' },
            { field: 'body.address.city', message: 'verplicht' },
            { field: 'query.page', message: 'te groot' },
          ],
        },
        'application/problem+json',
      ),
    );
    const error = await unwrap(
      client.POST('/api/v1/auth/login', { body: { email: '', password: '' } }),
    ).catch((e: unknown) => e);
    expect(isApiError(error, 'validation_failed')).toBe(true);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.detail).toBe('Eén of meer velden zijn niet goed ingevuld.');
    expect(apiError.fieldErrors()).toEqual({
      email: 'ongeldig e-mailadres',
      'address.city': 'verplicht',
      'query.page': 'te groot',
    });
  });

  it('maps network failures and non-JSON errors to codes', async () => {
    mockFetch(new TypeError('Failed to fetch'));
    await expect(unwrap(client.GET('/api/v1/me'))).rejects.toMatchObject({
      code: 'network_error',
      status: 0,
    });
    mockFetch(new Response('Bad gateway', { status: 502 }));
    await expect(unwrap(client.GET('/api/v1/me'))).rejects.toMatchObject({
      code: 'internal',
      status: 502,
    });
  });

  it('tells listeners about an expired session, except for login endpoints', async () => {
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    const problem = {
      type: 'x',
      title: 'U bent niet ingelogd',
      status: 401,
      code: 'unauthenticated',
    };
    mockFetch(respond(401, problem));
    await unwrap(client.GET('/api/v1/me')).catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
    mockFetch(respond(401, problem));
    await unwrap(
      client.POST('/api/v1/auth/login/totp', { body: { challenge: 'c', code: '000000' } }),
    ).catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });
});
