import fc from 'fast-check';
import { hostileString } from './hostile';
import type { IdPool } from './id-pool';
import { type JsonSchema, type SchemaContext, valueFor } from './json-schema-arbitrary';
import { bodyVariant, type EncodedBody } from './odd-encodings';
import { type Operation, segmentBefore } from './openapi-operations';

/** One generated request, printable as its own reproduction. */
export interface FuzzRequest {
  /** `GET /api/v1/orgs/{orgId}/...` of the operation it was made for. */
  route: string;
  actor: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** What kind of body or URL abuse this is (valid, hostile, encoding:..., multipart:...). */
  variant: string;
}

/** Who sends requests: anonymous, each role, platform admin, API tokens. */
export interface FuzzActor {
  name: string;
  headers: Record<string, string>;
}

/** What a request generator needs to know of the seeded world; read at generation time. */
export interface FuzzTarget {
  orgId: string;
  otherOrgId: string;
  actors: () => FuzzActor[];
  ids: IdPool;
  components: Record<string, JsonSchema>;
}

const VERY_LONG = 'L'.repeat(20_000);
/** Hostile strings short enough for a URL: overlong URLs have their own cases. */
const shortHostile = () => hostileString().filter((v) => v.length <= 400);

function pickFrom<T>(list: () => readonly T[]): fc.Arbitrary<T | undefined> {
  return fc.nat().map((i) => {
    const l = list();
    return l.length === 0 ? undefined : l[i % l.length];
  });
}

/** A path segment: percent-encoded; a lone surrogate is sent as its invalid UTF-8 bytes. */
export function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

function paramValue(op: Operation, name: string, t: FuzzTarget): fc.Arbitrary<string> {
  if (name === 'orgId') {
    return fc.oneof(
      { weight: 14, arbitrary: fc.constant(t.orgId) },
      { weight: 2, arbitrary: fc.constant(t.otherOrgId) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: shortHostile() },
    );
  }
  const seg = segmentBefore(op.path, name);
  const real = pickFrom(() => t.ids.candidates(name, seg)).map((id) => id ?? t.orgId);
  const schema = op.pathParams.find((p) => p.name === name)?.schema ?? true;
  return fc.oneof(
    { weight: 10, arbitrary: real },
    {
      weight: 3,
      arbitrary: valueFor(schema, { components: t.components, hostileOdds: 0 }).map(String),
    },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: shortHostile() },
  );
}

function queryString(op: Operation, t: FuzzTarget): fc.Arbitrary<string> {
  const ctx: SchemaContext = { components: t.components, hostileOdds: 6 };
  const params = op.query.map((q) =>
    fc.tuple(
      fc.constant(q.name),
      q.required ? valueFor(q.schema, ctx).map((v) => v) : fc.option(valueFor(q.schema, ctx)),
    ),
  );
  const extra = fc.option(
    fc.tuple(fc.constantFrom('x', '__proto__', 'limit', 'orgId'), shortHostile()),
    { freq: 8 },
  );
  return fc.tuple(fc.tuple(...params), extra, fc.nat(19)).map(([pairs, more, dice]) => {
    const all = [...pairs, ...(more ? [more] : [])].filter(
      ([, v]) => v !== null && v !== undefined,
    );
    const parts = all.map(([k, v]) => {
      const text = typeof v === 'string' ? v : JSON.stringify(v);
      return `${encodeSegment(k)}=${encodeSegment(text ?? '')}`;
    });
    if (dice === 0) parts.push('bad=%E0%A4%A'); // cut-off percent-encoding
    if (dice === 1) parts.push('q=%zz');
    if (dice === 2 && pairs[0]) parts.push(`${pairs[0][0]}=a&${pairs[0][0]}=b`); // repeated
    return parts.length > 0 ? `?${parts.join('&')}` : '';
  });
}

function urlFor(op: Operation, t: FuzzTarget): fc.Arbitrary<string> {
  const values = op.pathParams.map((p) => paramValue(op, p.name, t));
  return fc
    .tuple(fc.tuple(...values), queryString(op, t), fc.nat(39))
    .map(([vals, query, dice]) => {
      let path = op.path;
      op.pathParams.forEach((p, i) => {
        path = path.replace(`{${p.name}}`, encodeSegment(vals[i]!));
      });
      if (dice === 0) path = path.replace(/\/([^/]+)$/, '/%zz$1'); // broken percent-encoding
      if (dice === 1) path = `${path}/${VERY_LONG}`;
      if (dice === 2 && op.pathParams.length > 0) path = path.replace(/\/[^/]+$/, `/${VERY_LONG}`);
      return `${path}${query}`;
    });
}

/** An arbitrary of requests for one operation, as any actor, with any body variant. */
export function requestFor(op: Operation, t: FuzzTarget): fc.Arbitrary<FuzzRequest> {
  const route = `${op.method} ${op.path}`;
  const body: fc.Arbitrary<EncodedBody> = bodyVariant(op, t.components, t.ids);
  return fc
    .tuple(pickFrom(t.actors), urlFor(op, t), body, fc.nat(19))
    .map(([actor, url, b, dice]) => {
      const headers: Record<string, string> = { ...(actor?.headers ?? {}), ...b.headers };
      if (dice === 0) delete headers['x-csrf-token'];
      return {
        route,
        actor: actor?.name ?? 'anonymous',
        method: op.method,
        url,
        headers,
        payload: b.payload,
        variant: b.variant,
      };
    });
}

/** Requests the router must answer itself: wrong methods, unknown or malformed paths. */
export function routerRequest(ops: Operation[], t: FuzzTarget): fc.Arbitrary<FuzzRequest> {
  const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];
  return fc
    .tuple(fc.constantFrom(...ops), fc.constantFrom(...methods), fc.nat(5), pickFrom(t.actors))
    .map(([op, method, dice, actor]) => {
      const path = op.path
        .replace(/\{orgId\}/, t.orgId)
        .replace(/\{(\w+)\}/g, () => crypto.randomUUID());
      const url = [
        path,
        `${path}/%`,
        `/api/v1/${VERY_LONG}`,
        `/api/v1/does-not-exist/${dice}`,
        `${path}?a=%ZZ`,
        `//api//v1/../v1/${encodeSegment('\u0000')}`,
      ][dice]!;
      return {
        route: `router ${method}`,
        actor: actor?.name ?? 'anonymous',
        method,
        url,
        headers: { ...(actor?.headers ?? {}) },
        variant: `router:${dice}`,
      };
    });
}
