import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combine, gfAdd, gfInv, gfMul, type Share, split } from './legacy-shamir';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('GF(256) arithmetic', () => {
  it('has an inverse for every non-zero element, and multiplication agrees with the AES field', () => {
    for (let a = 1; a < 256; a++) expect(gfMul(a, gfInv(a))).toBe(1);
    // FIPS-197 §4.2: {57} • {83} = {c1}, {57} • {13} = {fe}.
    expect(gfMul(0x57, 0x83)).toBe(0xc1);
    expect(gfMul(0x57, 0x13)).toBe(0xfe);
    expect(() => gfInv(0)).toThrow(RangeError);
  });

  it('is a field: multiplication distributes over addition and commutes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        (a, b, c) => {
          expect(gfMul(a, gfAdd(b, c))).toBe(gfAdd(gfMul(a, b), gfMul(a, c)));
          expect(gfMul(a, b)).toBe(gfMul(b, a));
        },
      ),
    );
  });
});

describe('Shamir secret sharing', () => {
  it('recovers a 32-byte key from every pair of 2-of-5 shares', () => {
    const key = randomBytes(32);
    const shares = split(key, 5, 2);
    expect(shares.map((s) => s.x)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 0; i < shares.length; i++) {
      for (let j = i + 1; j < shares.length; j++) {
        expect(Buffer.from(combine([shares[i]!, shares[j]!]))).toEqual(key);
      }
    }
  });

  it('round-trips any secret for any threshold and any qualifying subset (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 96 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 1000 }),
        (secret, threshold, extra, seed) => {
          const shares = split(secret, threshold + extra, threshold);
          // A deterministic shuffle, then any `threshold` of them.
          const picked = [...shares]
            .sort((a, b) => ((a.x * 7919 + seed) % 257) - ((b.x * 7919 + seed) % 257))
            .slice(0, threshold);
          expect(combine(picked)).toEqual(secret);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reveals nothing with one share of a 2-of-n split: every secret is equally consistent with it', () => {
    // For a fixed secret byte s, the share byte is y = s + a·x with a random. As a runs
    // over all 256 field elements, y takes every value exactly once: seeing y says
    // nothing about s. Enumerated exhaustively for every x and a sample of s.
    for (const s of [0x00, 0x41, 0xff]) {
      for (let x = 1; x <= 255; x++) {
        const seen = new Set<number>();
        for (let a = 0; a < 256; a++) seen.add(gfAdd(s, gfMul(a, x)));
        expect(seen.size).toBe(256);
      }
    }
  });

  it('lets one share be completed to ANY candidate secret: one share alone decides nothing', () => {
    const secret = bytes('the real integrity data key....!');
    const [one] = split(secret, 3, 2) as [Share, Share, Share];
    for (const candidate of [bytes('another key entirely, 32 bytes!!'), new Uint8Array(32)]) {
      // Construct the second share that, with `one`, interpolates to `candidate`:
      // the line through (0, candidate) and (x1, y1) evaluated at x = 2.
      const forged: Share = { x: 2, y: new Uint8Array(32) };
      for (let i = 0; i < 32; i++) {
        const slope = gfMul(gfAdd(one.y[i]!, candidate[i]!), gfInv(one.x));
        forged.y[i] = gfAdd(candidate[i]!, gfMul(slope, 2));
      }
      expect(combine([one, forged])).toEqual(candidate);
    }
  });

  it('does not put the secret itself into any share', () => {
    const key = bytes('KEEP-THIS-SECRET-KEEP-THIS-SECRE');
    for (const share of split(key, 5, 2)) {
      expect(Buffer.from(share.y).includes(Buffer.from('KEEP'))).toBe(false);
    }
  });

  it('refuses bad parameters and malformed share sets', () => {
    const key = randomBytes(16);
    expect(() => split(new Uint8Array(0), 3, 2)).toThrow(RangeError);
    expect(() => split(key, 3, 1)).toThrow(/threshold/);
    expect(() => split(key, 1, 2)).toThrow(/count/);
    expect(() => split(key, 256, 2)).toThrow(/count/);
    const [a, b] = split(key, 2, 2) as [Share, Share];
    expect(() => combine([a])).toThrow(/two shares/);
    expect(() => combine([a, { ...a }])).toThrow(/same x/);
    expect(() => combine([a, { x: 0, y: b.y }])).toThrow(/x coordinate/);
    expect(() => combine([a, { x: 2, y: b.y.subarray(1) }])).toThrow(/length/);
  });

  it('uses the injected random source (deterministic splits for known-answer checks)', () => {
    const zeros = (n: number) => new Uint8Array(n);
    // With all random coefficients zero every share equals the secret: proves the
    // randomness is what hides it, and that the source is really used.
    const shares = split(bytes('abc'), 2, 2, zeros);
    expect(Buffer.from(shares[0]!.y).toString()).toBe('abc');
    const ones = (n: number) => new Uint8Array(n).fill(1);
    const [s1] = split(new Uint8Array([0x10]), 2, 2, ones);
    expect(s1!.y[0]).toBe(0x10 ^ 0x01); // 0x10 + 1·1
  });
});
