import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const KEY_BYTES = 32;

export interface MasterKey {
  /** Short fingerprint stored beside each wrapped key, so rotation knows what wrapped it. */
  id: string;
  key: Buffer;
}

/** Parse a 32-byte key given as base64 or hex. */
export function parseMasterKey(text: string): MasterKey {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES) {
    throw new Error('WEERBAAR_MASTER_KEY must be 32 bytes, given as 64 hex characters or base64.');
  }
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 12), key };
}

export function generateMasterKey(): MasterKey {
  return parseMasterKey(randomBytes(KEY_BYTES).toString('base64'));
}

/**
 * The master key from the environment, or — for the embedded default only — one
 * generated into the data folder. The caller warns: a key next to the data
 * protects nothing against someone who copies the folder.
 */
export function loadMasterKey(
  configured: string | undefined,
  dataDir: string,
): { masterKey: MasterKey; generated: boolean; file?: string } {
  if (configured) return { masterKey: parseMasterKey(configured), generated: false };
  const file = path.join(dataDir, 'master.key');
  if (fs.existsSync(file)) {
    return { masterKey: parseMasterKey(fs.readFileSync(file, 'utf8')), generated: true, file };
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const masterKey = generateMasterKey();
  fs.writeFileSync(file, masterKey.key.toString('base64'), { mode: 0o600 });
  return { masterKey, generated: true, file };
}
