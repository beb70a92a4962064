import fc from 'fast-check';
import { hostileString, hostileValue } from './hostile';
import type { IdPool } from './id-pool';
import { type JsonSchema, valueFor } from './json-schema-arbitrary';
import type { Operation } from './openapi-operations';

/** A request body as sent: bytes or text, its headers, and a name for the report. */
export interface EncodedBody {
  variant: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

const JSON_TYPE = { 'content-type': 'application/json' };
/** Field names the multipart routes read: JSON parts and file parts. */
const MULTIPART_JSON_FIELDS = ['report', 'message', 'data', 'metadata', 'wave', 'body', 'json'];
const MULTIPART_FILE_FIELDS = ['attachments', 'file', 'files', 'eml', 'upload', 'attachment'];
const FILE_CONTENTS: readonly Buffer[] = [
  Buffer.alloc(0),
  Buffer.from('gewone tekst\n'),
  Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'),
  Buffer.from('From: a@b.nl\r\nTo: c@d.nl\r\nSubject: test\r\n\r\nDreiging\r\n'),
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
  Buffer.from('PK\u0003\u0004garbage'),
  Buffer.from('vraag1,vraag2\n1,2\n"open'),
  Buffer.from([0xff, 0xfe, 0x00, 0xd8]),
];
const FILE_NAMES = [
  'melding.pdf',
  'a\u0000b.txt',
  '../../etc/passwd',
  '\u202Efdp.exe',
  '',
  'x'.repeat(500),
  'bericht.eml',
  'data.csv',
  'data.sav',
];

/** Text of a valid-looking multipart/form-data body; `cut` leaves it unfinished. */
function multipartText(
  boundary: string,
  fields: [string, string][],
  files: [string, string, Buffer][],
): Buffer {
  const chunks: Buffer[] = [];
  for (const [name, value] of fields) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  for (const [name, fileName, data] of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="${name}"; filename="${fileName}"\r\ncontent-type: application/octet-stream\r\n\r\n`,
      ),
      data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

function multipartBody(value: unknown): fc.Arbitrary<EncodedBody> {
  const file = fc.tuple(
    fc.constantFrom(...MULTIPART_FILE_FIELDS),
    fc.constantFrom(...FILE_NAMES),
    fc.constantFrom(...FILE_CONTENTS),
  );
  return fc
    .tuple(
      fc.constantFrom(...MULTIPART_JSON_FIELDS),
      fc.array(file, { maxLength: 3 }),
      fc.nat(7),
      hostileString(),
    )
    .map(([jsonField, files, dice, hostile]) => {
      const boundary = 'weerbaarFuzzGrens';
      const flat: [string, string][] =
        value && typeof value === 'object' && !Array.isArray(value)
          ? Object.entries(value).map(([k, v]) => [
              k,
              typeof v === 'string' ? v : JSON.stringify(v),
            ])
          : [];
      const fields: [string, string][] = [[jsonField, JSON.stringify(value) ?? 'null'], ...flat];
      if (dice === 6) fields.push([hostile, hostile]);
      const full = multipartText(boundary, fields, files);
      const type = `multipart/form-data; boundary=${boundary}`;
      switch (dice) {
        case 0:
          return {
            variant: 'multipart:no-boundary',
            headers: { 'content-type': 'multipart/form-data' },
            payload: full,
          };
        case 1:
          return {
            variant: 'multipart:cut-short',
            headers: { 'content-type': type },
            payload: full.subarray(0, Math.floor(full.length / 2)),
          };
        case 2:
          return {
            variant: 'multipart:other-boundary',
            headers: { 'content-type': 'multipart/form-data; boundary=elders' },
            payload: full,
          };
        case 3:
          return { variant: 'multipart:empty', headers: { 'content-type': type }, payload: '' };
        case 4:
          return {
            variant: 'multipart:garbage',
            headers: { 'content-type': type },
            payload: `--${boundary}\r\nzomaar\r\n\r\n--${boundary}`,
          };
        default:
          return { variant: 'multipart', headers: { 'content-type': type }, payload: full };
      }
    });
}

/** The same value, sent in ways a parser may trip over. */
function oddEncoding(value: unknown): fc.Arbitrary<EncodedBody> {
  const json = JSON.stringify(value) ?? 'null';
  const variants: EncodedBody[] = [
    {
      variant: 'encoding:cut-json',
      headers: JSON_TYPE,
      payload: json.slice(0, Math.max(1, json.length - 1)),
    },
    { variant: 'encoding:empty', headers: JSON_TYPE, payload: '' },
    { variant: 'encoding:text-plain', headers: { 'content-type': 'text/plain' }, payload: json },
    {
      variant: 'encoding:xml',
      headers: { 'content-type': 'application/xml' },
      payload: '<a>1</a>',
    },
    {
      variant: 'encoding:form',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'a=1&b=%zz',
    },
    { variant: 'encoding:no-type', headers: {}, payload: json },
    {
      variant: 'encoding:utf16-label',
      headers: { 'content-type': 'application/json; charset=utf-16' },
      payload: json,
    },
    {
      variant: 'encoding:latin1-bytes',
      headers: { 'content-type': 'application/json; charset=iso-8859-1' },
      payload: Buffer.from(json.replace(/}$/, ',"é":"é"}'), 'latin1'),
    },
    {
      variant: 'encoding:invalid-utf8',
      headers: JSON_TYPE,
      payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]),
    },
    { variant: 'encoding:bom', headers: JSON_TYPE, payload: `\uFEFF${json}` },
    {
      variant: 'encoding:huge-number',
      headers: JSON_TYPE,
      payload: json.replace(/:(-?\d+(\.\d+)?)/, ':1e400'),
    },
    {
      variant: 'encoding:proto',
      headers: JSON_TYPE,
      payload: json.replace(/^\{/, '{"__proto__":{"isPlatformAdmin":true},'),
    },
    {
      variant: 'encoding:constructor',
      headers: JSON_TYPE,
      payload: json.replace(/^\{/, '{"constructor":{"prototype":{"x":1}},'),
    },
    {
      variant: 'encoding:deep',
      headers: JSON_TYPE,
      payload: `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
    },
    { variant: 'encoding:scalar', headers: JSON_TYPE, payload: '"tekst"' },
    { variant: 'encoding:null', headers: JSON_TYPE, payload: 'null' },
    { variant: 'encoding:array', headers: JSON_TYPE, payload: `[${json}]` },
    {
      variant: 'encoding:duplicate-keys',
      headers: JSON_TYPE,
      payload: json.replace(/^\{/, '{"a":1,"a":2,'),
    },
    {
      variant: 'encoding:json-vendor-type',
      headers: { 'content-type': 'application/vnd.api+json' },
      payload: json,
    },
    { variant: 'encoding:bad-type-header', headers: { 'content-type': ';;;=' }, payload: json },
  ];
  return fc.constantFrom(...variants);
}

/** `value` with one leaf (string, number, ...) replaced: a valid request but for one field. */
export function replaceOneLeaf(value: unknown, pick: number, replacement: unknown): unknown {
  const leaves: (string | number)[][] = [];
  const walk = (v: unknown, at: (string | number)[]) => {
    if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v))
        walk(child, [...at, Array.isArray(v) ? Number(k) : k]);
    } else leaves.push(at);
  };
  walk(value, []);
  if (leaves.length === 0) return replacement;
  const path = leaves[pick % leaves.length]!;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = replacement;
  return copy;
}

/** A body for an operation: valid, hostile, oddly encoded, or multipart (also for JSON routes). */
export function bodyVariant(
  op: Operation,
  components: Record<string, JsonSchema>,
  ids: IdPool,
): fc.Arbitrary<EncodedBody> {
  const realId = (field: string) =>
    fc.nat().map((i) => {
      const list = ids.candidates(field);
      return list.length > 0 ? list[i % list.length]! : crypto.randomUUID();
    });
  const schema: JsonSchema = op.body ?? { type: 'object', properties: {} };
  const valid = valueFor(schema, { components, realId, hostileOdds: 0 });
  const hostile = valueFor(schema, { components, realId, hostileOdds: 4 });
  const withoutBody = op.method === 'GET' || op.method === 'DELETE';
  const asJson =
    (variant: string) =>
    (v: unknown): EncodedBody =>
      withoutBody
        ? { variant, headers: {} }
        : { variant, headers: JSON_TYPE, payload: JSON.stringify(v) ?? 'null' };
  const oneBadLeaf = fc
    .tuple(valid, fc.nat(), fc.oneof(hostileString(), hostileValue()))
    .map(([v, pick, bad]) => replaceOneLeaf(v, pick, bad));
  return fc.oneof(
    { weight: withoutBody ? 12 : 6, arbitrary: valid.map(asJson('valid')) },
    { weight: 4, arbitrary: oneBadLeaf.map(asJson('one-bad-field')) },
    { weight: 1, arbitrary: fc.constant({}).map(asJson('empty-object')) },
    { weight: 6, arbitrary: hostile.map(asJson('hostile')) },
    { weight: 2, arbitrary: valid.chain(oddEncoding) },
    { weight: op.body || withoutBody ? 1 : 6, arbitrary: hostile.chain(multipartBody) },
  );
}
