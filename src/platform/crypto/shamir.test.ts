import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { combineShares, type Share, splitSecret } from './shamir';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const share = (x: number, y: string): Share => ({ x, y: new Uint8Array(Buffer.from(y, 'hex')) });

/**
 * A 2-of-3 set made by the legacy (home-made, WBS1) code before ADR 0026, kept verbatim:
 * custodians may hold shares like these for years.
 */
const LEGACY_SECRET = Buffer.from('weerbaar-legacy-fixture-key-0001', 'utf8');
const LEGACY_SET = [
  share(1, 'b1dfae07ed2e9d655f8282c08434959ff7cbc827a605cd0eb1a11078cbdbbf4d'),
  share(2, 'e00ae89867ff825cc9abb032b0cdba525f3603d2c89c2e6bc4f6ab87ddfd35c9'),
  share(3, '26b023ede8b07e4bbb455795559a56e0ce94b3811beb86481e32c2d22616bab5'),
];

/** Every subset of `items` with exactly `k` members. */
function subsets<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  return items.flatMap((item, i) =>
    subsets(items.slice(i + 1), k - 1).map((rest) => [item, ...rest]),
  );
}

describe('Shamir shares (shamir-secret-sharing, legacy decoder for WBS1)', () => {
  it('recovers a legacy share set made by the old code, from any two of its shares', async () => {
    for (const pair of subsets(LEGACY_SET, 2)) {
      expect(hex(await combineShares(pair, 'WBS1'))).toBe(hex(LEGACY_SECRET));
    }
  });

  it('the audited library combines legacy shares to the same secret (same field, AES polynomial)', async () => {
    // Why the legacy decoder can go once every WBS1 set has been re-split: docs/adr/0026.
    for (const pair of subsets(LEGACY_SET, 2)) {
      expect(hex(await combineShares(pair, 'WBS2'))).toBe(hex(LEGACY_SECRET));
    }
  });

  it('recovers a new split from any k of n shares', async () => {
    const secret = randomBytes(64);
    const shares = await splitSecret(secret, 5, 3);
    expect(new Set(shares.map((s) => s.x)).size).toBe(5);
    for (const s of shares) expect(s.y).toHaveLength(64);
    for (const k of [3, 4, 5]) {
      for (const set of subsets(shares, k)) {
        expect(hex(await combineShares(set, 'WBS2'))).toBe(hex(secret));
      }
    }
  });

  it('k-1 shares do not recover the secret', async () => {
    const secret = randomBytes(32);
    const shares = await splitSecret(secret, 5, 3);
    for (const pair of subsets(shares, 2)) {
      expect(hex(await combineShares(pair, 'WBS2'))).not.toBe(hex(secret));
    }
    // One share alone is not even accepted.
    await expect(combineShares(shares.slice(0, 1), 'WBS2')).rejects.toThrow();
  });
});
