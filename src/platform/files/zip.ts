import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { ZipFile } from 'yazl';

/**
 * ZIP archives written by `yazl` as a stream: entries are deflated by zlib's thread pool
 * and checksummed chunk by chunk, so a bundle of 100 MB never holds up the event loop
 * and the response starts before the last entry is compressed. ZIP64 is written when an
 * archive needs it; names are UTF-8.
 */
export interface ZipEntry {
  name: string;
  data: Buffer | Readable;
  /** Modification time written into the entry. */
  modified?: Date;
  /** False for data that is already compressed (photos, recordings, video): stored as is. */
  compress?: boolean;
}

/** Pieces a buffer is fed to yazl in: each checksum step stays well under a millisecond. */
const FEED_BYTES = 64 * 1024;

function* pieces(data: Buffer): Generator<Buffer> {
  for (let at = 0; at < data.length; at += FEED_BYTES) yield data.subarray(at, at + FEED_BYTES);
}

/** Write the entries as one ZIP stream, in the order given. */
export function zipStream(entries: Iterable<ZipEntry>): Readable {
  const zip = new ZipFile();
  for (const entry of entries) {
    const options = { mtime: entry.modified ?? new Date(), compress: entry.compress ?? true };
    if (Buffer.isBuffer(entry.data)) {
      // addBuffer would checksum the whole buffer in one synchronous call; a stream of
      // pieces spreads that over the event loop.
      zip.addReadStream(Readable.from(pieces(entry.data), { objectMode: false }), entry.name, {
        ...options,
        size: entry.data.length,
      });
    } else {
      zip.addReadStream(entry.data, entry.name, options);
    }
  }
  zip.end();
  // yazl's outputStream is a stream.PassThrough; its typings only say NodeJS.ReadableStream.
  return zip.outputStream as Readable;
}

/** The whole ZIP in memory, for small archives that are themselves a file format (XLSX). */
export function zipBuffer(entries: Iterable<ZipEntry>): Promise<Buffer> {
  return buffer(zipStream(entries));
}

/** Media types whose content is compressed already: deflating them again only costs time. */
export function isCompressedMedia(mediaType: string): boolean {
  return /^(image|audio|video)\//.test(mediaType) || mediaType === 'application/zip';
}
