import fc from 'fast-check';
import { hostileKey, hostileValue } from './hostile';

/** The JSON Schema subset that zod emits into the OpenAPI document (draft 2020-12). */
export type JsonSchema = boolean | { [keyword: string]: unknown };

export interface SchemaContext {
  /** `components.schemas` of the document, for `$ref`. */
  components: Record<string, JsonSchema>;
  /** Real ids for uuid fields (named by the field), so requests reach real records. */
  realId?: (field: string) => fc.Arbitrary<string>;
  /** Replace any value by a hostile one with odds 1 : `hostileOdds` (0 = valid values only). */
  hostileOdds: number;
}

/** Recursive schemas ($ref cycles) stop growing past this depth. */
const MAX_DEPTH = 6;
const DAY_MS = 86_400_000;
const DATE_MIN = Date.UTC(1990, 0, 1);
const DATE_MAX = Date.UTC(2035, 0, 1);

type S = { [keyword: string]: unknown };

/** A fast-check arbitrary of JSON values for `schema`: valid ones, hostile ones by the odds. */
export function valueFor(
  schema: JsonSchema,
  ctx: SchemaContext,
  field = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  const valid = validFor(schema, ctx, field, depth);
  if (ctx.hostileOdds <= 0) return valid;
  return fc.oneof(
    { weight: ctx.hostileOdds, arbitrary: valid },
    { weight: 1, arbitrary: hostileValue() },
  );
}

function validFor(
  schema: JsonSchema,
  ctx: SchemaContext,
  field: string,
  depth: number,
): fc.Arbitrary<unknown> {
  if (schema === true || schema === false) return fc.jsonValue({ maxDepth: 2 });
  const s = schema as S;
  if (typeof s.$ref === 'string') {
    const target = ctx.components[s.$ref.replace('#/components/schemas/', '')];
    if (target === undefined || depth > MAX_DEPTH) return fc.constant(null);
    return valueFor(target, ctx, field, depth + 1);
  }
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  const alternatives = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (alternatives) {
    const usable = depth > MAX_DEPTH ? alternatives.slice(0, 1) : alternatives;
    return fc.oneof(
      ...usable.map((alt): fc.Arbitrary<unknown> => valueFor(alt, ctx, field, depth + 1)),
    );
  }
  if (Array.isArray(s.allOf)) return valueFor(mergeAll(s.allOf as S[]), ctx, field, depth + 1);
  const type = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string | undefined];
  if (type.length > 1) {
    return fc.oneof(
      ...type.map((t): fc.Arbitrary<unknown> => validFor({ ...s, type: t }, ctx, field, depth)),
    );
  }
  switch (type[0]) {
    case 'string':
      return stringFor(s, ctx, field);
    case 'integer':
      return fc.integer({ min: bound(s, 'min', -1e6), max: bound(s, 'max', 1e6) });
    case 'number':
      return fc.double({ min: bound(s, 'min', -1e6), max: bound(s, 'max', 1e6), noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(valueFor((s.items as JsonSchema) ?? true, ctx, field, depth + 1), {
        minLength: (s.minItems as number) ?? 0,
        maxLength: Math.min((s.maxItems as number) ?? 4, ((s.minItems as number) ?? 0) + 4),
      });
    case 'object':
      return objectFor(s, ctx, depth);
    default:
      return s.properties ? objectFor(s, ctx, depth) : fc.jsonValue({ maxDepth: 2 });
  }
}

function bound(s: S, side: 'min' | 'max', fallback: number): number {
  const inclusive = side === 'min' ? s.minimum : s.maximum;
  const exclusive = side === 'min' ? s.exclusiveMinimum : s.exclusiveMaximum;
  if (typeof inclusive === 'number') return clampSafe(inclusive);
  if (typeof exclusive === 'number') return clampSafe(exclusive + (side === 'min' ? 1 : -1));
  return fallback;
}

function clampSafe(n: number): number {
  return Math.max(Number.MIN_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, n));
}

function stringFor(s: S, ctx: SchemaContext, field: string): fc.Arbitrary<string> {
  const minLength = (s.minLength as number) ?? 0;
  const maxLength = Math.min((s.maxLength as number) ?? 60, minLength + 60);
  switch (s.format) {
    case 'uuid':
      return ctx.realId
        ? fc.oneof({ weight: 3, arbitrary: ctx.realId(field) }, { weight: 1, arbitrary: fc.uuid() })
        : fc.uuid();
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
    case 'date':
      return fc
        .integer({ min: DATE_MIN / DAY_MS, max: DATE_MAX / DAY_MS })
        .map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));
    case 'date-time':
      return fc.integer({ min: DATE_MIN, max: DATE_MAX }).map((ms) => new Date(ms).toISOString());
    default:
      break;
  }
  if (typeof s.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= maxLength * 4);
    } catch {
      // A pattern fast-check cannot invert: plain strings then.
    }
  }
  return fc.string({ minLength, maxLength, unit: 'grapheme' });
}

function objectFor(s: S, ctx: SchemaContext, depth: number): fc.Arbitrary<unknown> {
  const props = (s.properties as Record<string, JsonSchema>) ?? {};
  const required = new Set((s.required as string[]) ?? []);
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, sub] of Object.entries(props)) shape[key] = valueFor(sub, ctx, key, depth + 1);
  const requiredKeys = Object.keys(props).filter((k) => required.has(k));
  let arb: fc.Arbitrary<Record<string, unknown>> = fc.record(shape, { requiredKeys });
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    const names = s.propertyNames
      ? (validFor(
          s.propertyNames as JsonSchema,
          { ...ctx, hostileOdds: 0 },
          '',
          depth,
        ) as fc.Arbitrary<string>)
      : fc.string({ minLength: 1, maxLength: 12 });
    const values = valueFor(s.additionalProperties as JsonSchema, ctx, '', depth + 1);
    arb = fc
      .tuple(arb, fc.dictionary(names, values, { maxKeys: 4 }))
      .map(([fixed, extra]) => ({ ...extra, ...fixed }));
  }
  if (ctx.hostileOdds <= 0) return arb;
  // Hostile objects: a required field left out, or a field nobody asked for.
  return fc
    .tuple(arb, fc.nat(ctx.hostileOdds * 2), fc.nat(), hostileKey(), hostileValue())
    .map(([value, dice, pick, key, extra]) => {
      const out = { ...value };
      if (dice === 0 && requiredKeys.length > 0)
        delete out[requiredKeys[pick % requiredKeys.length]!];
      if (dice === 1)
        Object.defineProperty(out, key, {
          value: extra,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return out;
    });
}

function mergeAll(parts: S[]): S {
  const merged: S = {};
  for (const part of parts) {
    for (const [k, v] of Object.entries(part)) {
      if (k === 'properties') merged.properties = { ...(merged.properties as S), ...(v as S) };
      else if (k === 'required')
        merged.required = [...((merged.required as string[]) ?? []), ...(v as string[])];
      else merged[k] = v;
    }
  }
  return merged;
}
