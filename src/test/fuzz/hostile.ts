import fc from 'fast-check';

/**
 * Inputs that have broken web applications before: bytes PostgreSQL refuses, text
 * that fools people or parsers, injection fragments, numbers as strings, sizes at
 * and past the limits. Each entry is a plain value, so a failing request can be
 * read back from the report.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(64),
  '\uD800', // lone high surrogate
  'x\uDC00y', // lone low surrogate
  '\u202Egnp.exe', // right-to-left override
  '\uFEFFbom',
  '\u200B\u200C\u200D',
  'Zoë 🧑‍⚖️ 𝕎',
  '\r\n\t\u000B\u000C',
  "' OR '1'='1' --",
  "'; drop table person; --",
  '"\\\'',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '%00',
  '%zz',
  '__proto__',
  'constructor',
  'prototype',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  '1e309',
  '-0',
  'NaN',
  'Infinity',
  '99999999999999999999999999',
  '0x1F',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31',
  '-infinity',
  'infinity',
  'epoch',
  '2026-13-01T25:61:61Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'a@b',
  'x'.repeat(300),
  'y'.repeat(70_000),
];

/** Hostile strings, and ordinary random strings with hostile characters mixed in. */
export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    {
      weight: 1,
      arbitrary: fc.string({
        unit: fc.oneof(
          fc.constantFrom('\u0000', '\uD800', '\u202E', "'", '"', '\\', '%', '<', '\n'),
          fc.string({ minLength: 1, maxLength: 1 }),
        ),
        maxLength: 40,
      }),
    },
  );
}

/** Values of the wrong JSON type or shape for any field. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: hostileString() },
    {
      weight: 3,
      arbitrary: fc.constantFrom<unknown>(
        null,
        true,
        false,
        0,
        -1,
        1.5,
        -0.000001,
        2 ** 53 + 2,
        -(2 ** 63),
        1e308,
        -1e308,
        [],
        [null],
        [[[]]],
        {},
        { length: 1 },
        { $gt: '' },
      ),
    },
    { weight: 1, arbitrary: fc.array(hostileString(), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constant(Array.from({ length: 2_000 }, (_, i) => i)) },
    { weight: 1, arbitrary: fc.constant(nested(200)) },
  );
}

/** Keys an attacker adds to objects; `__proto__` as an own key, as JSON.parse makes it. */
export function hostileKey(): fc.Arbitrary<string> {
  return fc.constantFrom(
    '__proto__',
    'constructor',
    'isPlatformAdmin',
    'organisationId',
    'id',
    '',
    'x\u0000',
  );
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
