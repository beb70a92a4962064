import { createHmac, hkdfSync } from 'node:crypto';
import type { Db } from '../../../db/database';
import type { KeyRing } from '../../../platform/crypto/keyring';
import { INTEGRITY, keyUnavailable } from './sealing';

/** What a keyed index is for; each gets its own derived key. */
export type IndexLabel = 'receipt' | 'reporter';

/**
 * A key for HMAC indexes, derived (HKDF-SHA256) from version 1 of the organisation's
 * integrity key. Derived from the data key rather than the master key so the indexes
 * keep working after the key is restored from custodian shares under a new master
 * key; version 1 because it never changes, so rotation does not break lookups.
 */
export async function indexKey(
  db: Db,
  keyring: KeyRing,
  organisationId: string,
  label: IndexLabel,
): Promise<Buffer> {
  let base: Buffer;
  try {
    // Encrypting creates version 1 of the key the first time an organisation needs it.
    await keyring.encryptText(db, organisationId, '', INTEGRITY);
    base = await keyring.exportKey(db, organisationId, INTEGRITY, 1);
  } catch (error) {
    throw keyUnavailable(error);
  }
  return Buffer.from(
    hkdfSync('sha256', base, organisationId, `weerbaar:integrity:index:${label}`, 32),
  );
}

/** The keyed index of `value`: HMAC-SHA256, hex. Without the key it cannot be recomputed. */
export function keyedIndex(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex');
}
