import type { Readable } from 'node:stream';
import { buffer as collect } from 'node:stream/consumers';
import yauzl from 'yauzl';

/**
 * Read a ZIP with yauzl, an independent reader that checks every entry's CRC and sizes:
 * name -> bytes, in the order of the central directory. Accepts a buffer or a stream.
 */
export async function readZip(input: Buffer | Readable): Promise<Map<string, Buffer>> {
  const data = Buffer.isBuffer(input) ? input : await collect(input);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(data, { lazyEntries: true, strictFileNames: true }, (error, file) =>
      error ? reject(error) : resolve(file),
    ),
  );
  const out = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        collect(stream).then((bytes) => {
          out.set(entry.fileName, bytes);
          zip.readEntry();
        }, reject);
      });
    });
    zip.readEntry();
  });
  return out;
}
