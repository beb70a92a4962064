import { combine as combineAudited, split as splitAudited } from 'shamir-secret-sharing';
import { combine as combineLegacy, type Share } from './legacy-shamir';

/**
 * Shamir's secret sharing through `shamir-secret-sharing` (Privy's library, independently
 * audited, constant-time field arithmetic), with shares shaped as {x, y} so codecs and
 * fingerprints need not know the library's byte layout (y followed by one x byte).
 * Shares issued before the library (format WBS1) are combined by the legacy decoder:
 * docs/adr/0026.
 */

export type { Share };

/** How a set of shares was made: WBS1 the home-made scheme, WBS2 the audited library. */
export type ShareFormat = 'WBS1' | 'WBS2';

/** The format every new split is made in. */
export const CURRENT_SHARE_FORMAT: ShareFormat = 'WBS2';

/** Split `secret` into `count` shares of which any `threshold` recover it (x values are random). */
export async function splitSecret(
  secret: Uint8Array,
  count: number,
  threshold: number,
): Promise<Share[]> {
  // The library accepts only a plain Uint8Array (not a Buffer): hand it a copy, then wipe it.
  const plain = new Uint8Array(secret);
  const shares = await splitAudited(plain, count, threshold).finally(() => plain.fill(0));
  return shares.map((share) => {
    const result = { x: share[share.length - 1]!, y: share.slice(0, -1) };
    share.fill(0);
    return result;
  });
}

/**
 * Recover a secret from shares of one split in the given format. Fewer shares than the
 * threshold give a meaningless value, never an error: callers verify against a check value.
 */
export async function combineShares(
  shares: readonly Share[],
  format: ShareFormat,
): Promise<Uint8Array> {
  if (format === 'WBS1') return combineLegacy(shares);
  const joined = shares.map((share) => {
    const bytes = new Uint8Array(share.y.length + 1);
    bytes.set(share.y);
    bytes[share.y.length] = share.x;
    return bytes;
  });
  try {
    return await combineAudited(joined);
  } finally {
    for (const bytes of joined) bytes.fill(0);
  }
}
