import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let doc: {
  openapi: string;
  paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
};
beforeAll(async () => {
  t = await buildTestApp();
  doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
});
afterAll(async () => t?.close());

/** Every `$ref` string anywhere in a JSON value. */
function refsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) refsIn(v, found);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.add(v);
      else refsIn(v, found);
    }
  }
  return found;
}

/** Follow a local JSON pointer (`#/components/schemas/X`) in the document. */
function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** `/orgs/{orgId}/` and `/orgs/:orgId` name the same route (a prefixed `/` is registered both ways). */
function routePattern(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1').replace(/(.)\/$/, '$1');
}

describe('the OpenAPI document', () => {
  it('resolves every $ref inside the document', () => {
    const dangling = [...refsIn(doc)].filter((ref) => resolvePointer(doc, ref) === undefined);
    expect(dangling).toEqual([]);
  });

  it('validates against the OpenAPI 3.1 schema', async () => {
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents at least one response for every operation', () => {
    const bare: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (Object.keys(op.responses ?? {}).length === 0)
          bare.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('documents every API route of the app', () => {
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, item]) =>
        Object.keys(item).map((m) => `${m.toUpperCase()} ${routePattern(path)}`),
      ),
    );
    const missing = t.app.routeTable
      .filter((r) => r.url.startsWith('/api/v1/') && r.url !== '/api/v1/openapi.json')
      .map((r) => `${r.method} ${routePattern(r.url)}`)
      .filter((r) => !documented.has(r));
    expect(missing).toEqual([]);
  });
});
