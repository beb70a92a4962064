import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkReceipt,
  formatReceipt,
  generateReceipt,
  hashReceipt,
  LOOKUP_DIGITS,
  normaliseReceipt,
  receiptLookup,
} from './receipt';

describe('receipt codes', () => {
  it('are 16 random digits, shown in groups of four, typed in any grouping', () => {
    const code = generateReceipt();
    expect(code).toMatch(/^\d{16}$/);
    expect(formatReceipt('1234567890123456')).toBe('1234 5678 9012 3456');
    expect(normaliseReceipt(' 1234-5678 9012.3456 ')).toBe('1234567890123456');
    expect(normaliseReceipt('1234 5678 9012 345')).toBeNull();
    expect(normaliseReceipt('1234 5678 9012 345x')).toBeNull();
  });

  it('are not predictable: a thousand codes are all different', () => {
    expect(new Set(Array.from({ length: 1000 }, generateReceipt)).size).toBe(1000);
  });

  it('are looked up by a keyed index of the first digits only, bound to the organisation', () => {
    const key = randomBytes(32);
    const code = '1234567890123456';
    const sameStart = `${code.slice(0, LOOKUP_DIGITS)}0000000000`;
    expect(receiptLookup(key, 'org-a', code)).toBe(receiptLookup(key, 'org-a', sameStart));
    expect(receiptLookup(key, 'org-a', code)).not.toBe(receiptLookup(key, 'org-b', code));
    expect(receiptLookup(key, 'org-a', code)).not.toBe(
      receiptLookup(randomBytes(32), 'org-a', code),
    );
    expect(receiptLookup(key, 'org-a', code)).not.toContain('123456');
  });

  it('are checked by argon2id; the stored hash is not the code', async () => {
    const code = generateReceipt();
    const hash = await hashReceipt(code);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain(code);
    expect(await checkReceipt(hash, code)).toBe(true);
    expect(await checkReceipt(hash, generateReceipt())).toBe(false);
    // An unknown receipt is checked against a dummy and always fails.
    expect(await checkReceipt(null, code)).toBe(false);
  });
});
