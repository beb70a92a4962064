/**
 * An uploaded file while its request is being handled: streamed to an unlinked temporary
 * file, encrypted in chunks under a key that exists only in this process's memory, with
 * its size, SHA-256 and first chunk (for type sniffing) computed on the way. Nothing of it
 * is in the database until the use case copies it into chunked storage inside its own
 * transaction, so a cut-short or refused upload leaves nothing stored. See ADR 0018.
 */

import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHUNK_BYTES, openChunk, rechunk, sealChunk } from '../crypto/chunked';

/** Bytes of a file that are kept in memory for checks: the first chunk. */
export const HEAD_BYTES = CHUNK_BYTES;

/** A file of a request, readable chunk by chunk; dispose() when the request is done. */
export interface SpooledFile {
  size: number;
  /** SHA-256 of the plaintext, hex. */
  sha256: string;
  /** The first HEAD_BYTES bytes (the whole file when it is smaller). */
  head: Buffer;
  /** The content, chunk by chunk (any number of times). */
  chunks(): AsyncGenerator<Buffer>;
  /** The whole content in memory: only for small files that must be parsed whole (e-mail). */
  bytes(): Promise<Buffer>;
  dispose(): Promise<void>;
}

/** Raised when a file is larger than the limit while it streams in. */
export class FileTooLarge extends Error {}

/** A file already in memory (mail intake, tests) behind the same interface. */
export function spoolBuffer(data: Buffer): SpooledFile {
  return {
    size: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
    head: data.subarray(0, HEAD_BYTES),
    async *chunks() {
      for await (const chunk of rechunk([data])) yield chunk.data;
    },
    bytes: async () => data,
    dispose: async () => {},
  };
}

/**
 * Stream `source` into an encrypted temporary file. The file is unlinked as soon as it is
 * opened, so it disappears with the process even after a crash. Throws FileTooLarge past
 * `maxBytes`, and whatever the source throws (a cut-short request), after cleaning up.
 */
export async function spoolStream(
  source: AsyncIterable<Buffer | Uint8Array>,
  maxBytes: number,
): Promise<SpooledFile> {
  const key = randomBytes(32);
  const aad = 'upload-spool';
  const dir = path.join(os.tmpdir(), 'weerbaar-uploads');
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, randomBytes(12).toString('hex'));
  const handle = await fs.open(file, 'w+', 0o600);
  await fs.unlink(file);
  const frames: { offset: number; length: number; final: boolean }[] = [];
  const hash = createHash('sha256');
  let size = 0;
  let offset = 0;
  let head: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of rechunk(source)) {
      size += chunk.data.length;
      if (size > maxBytes) throw new FileTooLarge(`larger than ${maxBytes} bytes`);
      if (chunk.index === 0) head = chunk.data;
      hash.update(chunk.data);
      const sealed = sealChunk(key, chunk.data, aad, chunk.index, chunk.final);
      await handle.write(sealed, 0, sealed.length, offset);
      frames.push({ offset, length: sealed.length, final: chunk.final });
      offset += sealed.length;
    }
  } catch (error) {
    await handle.close();
    throw error;
  }
  async function* chunks() {
    for (const [index, frame] of frames.entries()) {
      const sealed = Buffer.alloc(frame.length);
      await handle.read(sealed, 0, frame.length, frame.offset);
      yield openChunk(key, sealed, aad, index, frame.final);
    }
  }
  let closed = false;
  return {
    size,
    sha256: hash.digest('hex'),
    head,
    chunks,
    async bytes() {
      const parts: Buffer[] = [];
      for await (const part of chunks()) parts.push(part);
      return Buffer.concat(parts);
    },
    async dispose() {
      if (closed) return;
      closed = true;
      await handle.close();
    },
  };
}
