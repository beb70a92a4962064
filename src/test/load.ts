/** One HTTP request the load loop sends, again and again. */
export interface LoadRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** What one request got: a status, or a network error (the connection failed or was cut). */
export interface Outcome {
  /** When the response (or error) arrived, ms since the epoch. */
  at: number;
  ms: number;
  path: string;
  status: number | 'network-error';
  /** 5xx answered as application/problem+json with a matching `status` field. */
  problem: boolean;
  retryAfter: string | null;
  error?: string;
}

export interface Load {
  outcomes: Outcome[];
  stop(): Promise<void>;
}

async function send(baseUrl: string, request: LoadRequest): Promise<Outcome> {
  const started = Date.now();
  const base = { path: request.path };
  try {
    const response = await fetch(new URL(request.path, baseUrl), {
      method: request.method,
      headers: {
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...request.headers,
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    let problem = false;
    if (response.headers.get('content-type')?.startsWith('application/problem+json')) {
      problem = (JSON.parse(text) as { status?: number }).status === response.status;
    }
    return {
      ...base,
      at: Date.now(),
      ms: Date.now() - started,
      status: response.status,
      problem,
      retryAfter: response.headers.get('retry-after'),
    };
  } catch (error) {
    return {
      ...base,
      at: Date.now(),
      ms: Date.now() - started,
      status: 'network-error',
      problem: false,
      retryAfter: null,
      error: String((error as Error).cause ?? error),
    };
  }
}

/** `concurrency` loops, each sending the requests in turn until stopped; every outcome is kept. */
export function startLoad(options: {
  baseUrl: string;
  concurrency: number;
  requests: LoadRequest[];
}): Load {
  const outcomes: Outcome[] = [];
  let stopped = false;
  const worker = async (offset: number) => {
    for (let i = offset; !stopped; i++) {
      const request = options.requests[i % options.requests.length];
      if (request) outcomes.push(await send(options.baseUrl, request));
    }
  };
  const workers = Array.from({ length: options.concurrency }, (_, i) => worker(i));
  return {
    outcomes,
    async stop() {
      stopped = true;
      await Promise.all(workers);
    },
  };
}

/** Count outcomes by status ("200", "503", "network-error"). */
export function countByStatus(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[String(o.status)] = (counts[String(o.status)] ?? 0) + 1;
  return counts;
}

const isOk = (o: Outcome) => typeof o.status === 'number' && o.status < 300;

/**
 * The moment after `since` from which every outcome was a 2xx, or null when the last
 * outcome still failed: the time the service took to recover is this minus the restore.
 */
export function recoveredAt(outcomes: Outcome[], since: number): number | null {
  const after = outcomes.filter((o) => o.at >= since).sort((a, b) => a.at - b.at);
  const last = after.at(-1);
  if (!last || !isOk(last)) return null;
  let i = after.length - 1;
  while (i > 0 && isOk(after[i - 1] as Outcome)) i--;
  return (after[i] as Outcome).at;
}

/** Whether, after `since`, the last `n` outcomes were all 2xx. */
export function healthyTail(outcomes: Outcome[], since: number, n: number): boolean {
  const after = outcomes.filter((o) => o.at >= since);
  return after.length >= n && after.slice(-n).every(isOk);
}

/** Print a measured figure in the test output (tests that measure say what they saw). */
export function printFigure(line: string): void {
  console.log(line);
}
