import { open, seal } from './aead';

/** Plaintext bytes per sealed chunk: large enough to keep overhead small, small enough to stream. */
export const CHUNK_BYTES = 64 * 1024;

/**
 * AAD of one chunk: the caller's context plus the chunk's position and whether it is the
 * last one (a STREAM-style construction, see ADR 0018). Reordering, dropping or appending
 * chunks, or cutting the stream short, makes a chunk fail to open.
 */
export function chunkAad(aad: string, index: number, final: boolean): string {
  return `${aad}|chunk:${index}|${final ? 'final' : 'more'}`;
}

/** Seal chunk `index` of a stream (AES-256-GCM, fresh random nonce). */
export function sealChunk(
  key: Buffer,
  plaintext: Buffer,
  aad: string,
  index: number,
  final: boolean,
): Buffer {
  return seal(key, plaintext, chunkAad(aad, index, final));
}

/** Open chunk `index`; throws when the key, context, position or final flag is wrong. */
export function openChunk(
  key: Buffer,
  sealed: Buffer,
  aad: string,
  index: number,
  final: boolean,
): Buffer {
  return open(key, sealed, chunkAad(aad, index, final));
}

/** One chunk of a stream cut into CHUNK_BYTES pieces, with its position and last-chunk flag. */
export interface PlainChunk {
  index: number;
  data: Buffer;
  final: boolean;
}

/**
 * Cut a byte stream into chunks of `size` bytes (the last may be shorter, and an empty
 * stream gives one empty final chunk). Holds at most two chunks in memory: one is kept
 * back until the next arrives, so the last chunk is known to be the last.
 */
export async function* rechunk(
  source: AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array | string>,
  size = CHUNK_BYTES,
): AsyncGenerator<PlainChunk> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let held: Buffer | null = null;
  let index = 0;
  for await (const piece of source) {
    let buf = typeof piece === 'string' ? Buffer.from(piece) : Buffer.from(piece);
    while (buf.length > 0) {
      const take = Math.min(size - pendingBytes, buf.length);
      pending.push(buf.subarray(0, take));
      pendingBytes += take;
      buf = buf.subarray(take);
      if (pendingBytes === size) {
        if (held) yield { index: index++, data: held, final: false };
        held = Buffer.concat(pending);
        pending = [];
        pendingBytes = 0;
      }
    }
  }
  if (pendingBytes > 0) {
    if (held) yield { index: index++, data: held, final: false };
    held = Buffer.concat(pending);
  }
  yield { index, data: held ?? Buffer.alloc(0), final: true };
}
