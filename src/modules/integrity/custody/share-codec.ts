import { createHash } from 'node:crypto';
import {
  CURRENT_SHARE_FORMAT,
  type Share,
  type ShareFormat,
} from '../../../platform/crypto/shamir';
import { invalidField } from '../../../platform/errors/app-error';

/**
 * The text form of a custodian's key share, to print or keep in a password manager:
 *
 *   WBS2-<share set id, 32 hex>-<x, 2 hex>-<y, hex>-<check, 8 hex>
 *
 * The check (first 8 hex of SHA-256 over the rest) catches a mistyped character
 * before the share is used; the set id says which split it belongs to. The prefix says
 * how the split was made: WBS2 by shamir-secret-sharing, WBS1 by the legacy scheme
 * whose shares custodians may still hold (docs/adr/0026).
 */
const PATTERN = /^(WBS[12])-([0-9a-f]{32})-([0-9a-f]{2})-((?:[0-9a-f]{64})+)-([0-9a-f]{8})$/i;

const checksum = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 8);
const compactId = (uuid: string) => uuid.replace(/-/g, '').toLowerCase();
const uuidOf = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

export interface EncodedShare extends Share {
  setId: string;
  format: ShareFormat;
}

/** The text of a share; its format comes along when it was decoded, else the current one. */
export function encodeShare(
  setId: string,
  share: Share & { format?: ShareFormat },
  format: ShareFormat = share.format ?? CURRENT_SHARE_FORMAT,
): string {
  const body = `${format}-${compactId(setId)}-${share.x.toString(16).padStart(2, '0')}-${Buffer.from(share.y).toString('hex')}`;
  return `${body}-${checksum(body)}`;
}

/** Parse a share as typed or pasted (spaces, line breaks and case are forgiven). */
export function decodeShare(text: string): EncodedShare {
  const cleaned = text
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/^wbs([12])/, 'WBS$1');
  const m = PATTERN.exec(cleaned);
  if (!m) {
    throw invalidField(
      'body.share',
      'Dit is geen sleuteldeel van Weerbaar (het begint met WBS2- of, van voor 2027, WBS1-).',
    );
  }
  const body = cleaned.slice(0, cleaned.lastIndexOf('-'));
  if (checksum(body) !== m[5]) {
    throw invalidField(
      'body.share',
      'Het sleuteldeel bevat een tikfout: de controlecode klopt niet.',
    );
  }
  const x = Number.parseInt(m[3]!, 16);
  if (x < 1) throw invalidField('body.share', 'Dit sleuteldeel is ongeldig.');
  return {
    format: m[1] as ShareFormat,
    setId: uuidOf(m[2]!),
    x,
    y: new Uint8Array(Buffer.from(m[4]!, 'hex')),
  };
}

/** Fingerprint stored for each share: recognises it at recovery, reveals nothing of it. */
export function shareFingerprint(organisationId: string, setId: string, share: Share): string {
  return createHash('sha256')
    .update(`weerbaar:integrity-share:${organisationId}:${setId}:${share.x}:`)
    .update(share.y)
    .digest('hex');
}

/** Check value of the split secret (all key versions), to verify a recovery. */
export function keyCheckValue(
  organisationId: string,
  versions: readonly number[],
  secret: Uint8Array,
) {
  return createHash('sha256')
    .update(`weerbaar:integrity-key-check:${organisationId}:${versions.join(',')}:`)
    .update(secret)
    .digest('hex');
}
