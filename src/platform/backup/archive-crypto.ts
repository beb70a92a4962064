import { hkdfSync, randomBytes } from 'node:crypto';
import { CHUNK_BYTES, openChunk, rechunk, sealChunk } from '../crypto/chunked';
import type { MasterKey } from '../crypto/master-key';

/** First bytes of a backup file: names the format before anything is decrypted. */
const MAGIC = Buffer.from('WEERBAAR-BACKUP-1\n', 'ascii');
const SALT_BYTES = 16;
const HKDF_INFO = 'weerbaar backup v1';
/** A sealed chunk is at most CHUNK_BYTES plus nonce and tag; anything larger is not ours. */
const MAX_FRAME_BYTES = CHUNK_BYTES + 64;

/** Raised when a backup cannot be opened: wrong master key, a damaged or a cut-short file. */
export class BackupUnreadable extends Error {}

function backupKey(masterKey: MasterKey, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey.key, salt, HKDF_INFO, 32));
}

const aadFor = (salt: Buffer) => `weerbaar-backup:${salt.toString('hex')}`;

/**
 * Encrypt a byte stream into the backup file format: magic, a random salt, then
 * length-prefixed AES-256-GCM chunks under a key derived (HKDF-SHA256) from the master key
 * and the salt. Each backup has its own key; chunk positions and the last-chunk flag are
 * authenticated, so a cut-short or spliced file does not open.
 */
export async function* encryptArchive(
  source: AsyncIterable<Buffer | Uint8Array>,
  masterKey: MasterKey,
): AsyncGenerator<Buffer> {
  const salt = randomBytes(SALT_BYTES);
  const key = backupKey(masterKey, salt);
  yield Buffer.concat([MAGIC, salt]);
  for await (const chunk of rechunk(source)) {
    const sealed = sealChunk(key, chunk.data, aadFor(salt), chunk.index, chunk.final);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(sealed.length);
    yield Buffer.concat([length, sealed]);
  }
}

/** Reads exactly the bytes asked for from a stream of buffers. */
class ByteReader {
  private buffered: Buffer[] = [];
  private size = 0;
  private readonly iterator: AsyncIterator<Buffer | Uint8Array>;
  constructor(source: AsyncIterable<Buffer | Uint8Array>) {
    this.iterator = source[Symbol.asyncIterator]();
  }
  /** The next `n` bytes, or fewer only at the end of the stream. */
  async read(n: number): Promise<Buffer> {
    while (this.size < n) {
      const next = await this.iterator.next();
      if (next.done) break;
      this.buffered.push(Buffer.from(next.value));
      this.size += next.value.length;
    }
    const all = Buffer.concat(this.buffered);
    const out = all.subarray(0, n);
    this.buffered = [all.subarray(out.length)];
    this.size = all.length - out.length;
    return out;
  }
}

/**
 * Inverse of `encryptArchive`. Throws BackupUnreadable on a wrong master key (the first
 * chunk fails), on a damaged chunk, or when the file ends before its last chunk.
 */
export async function* decryptArchive(
  source: AsyncIterable<Buffer | Uint8Array>,
  masterKey: MasterKey,
): AsyncGenerator<Buffer> {
  const reader = new ByteReader(source);
  const magic = await reader.read(MAGIC.length);
  if (!magic.equals(MAGIC)) throw new BackupUnreadable('This file is not a Weerbaar backup.');
  const salt = await reader.read(SALT_BYTES);
  if (salt.length !== SALT_BYTES) throw new BackupUnreadable('The backup file is cut short.');
  const key = backupKey(masterKey, salt);
  for (let index = 0; ; index++) {
    const length = await reader.read(4);
    if (length.length < 4) throw new BackupUnreadable('The backup file is cut short.');
    const size = length.readUInt32BE();
    if (size > MAX_FRAME_BYTES) throw new BackupUnreadable('The backup file is damaged.');
    const sealed = await reader.read(size);
    if (sealed.length < size) throw new BackupUnreadable('The backup file is cut short.');
    let final = false;
    let plain: Buffer;
    try {
      plain = openChunk(key, sealed, aadFor(salt), index, false);
    } catch {
      try {
        plain = openChunk(key, sealed, aadFor(salt), index, true);
        final = true;
      } catch {
        throw new BackupUnreadable(
          index === 0
            ? 'The backup cannot be decrypted: wrong master key (WEERBAAR_MASTER_KEY) or a damaged file.'
            : `The backup file is damaged (chunk ${index}).`,
        );
      }
    }
    yield plain;
    if (final) {
      if ((await reader.read(1)).length > 0) {
        throw new BackupUnreadable('The backup file has data after its end.');
      }
      return;
    }
  }
}
