import { crc32 } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Bytes a PNG needs around its image data: signature, IHDR chunk, IDAT chunk header and CRC. */
export const PNG_OVERHEAD = SIGNATURE.length + 25 + 12;

/**
 * A PNG laid out as the format says — signature, a 13-byte IHDR (1×1, RGB) and one IDAT
 * chunk carrying `pixels`, CRCs correct — so file-type's structural check accepts it as
 * a real upload would be. `pixels` is carried as is (no deflate), which is all the tests
 * need: the server sniffs and stores evidence, it never decodes images.
 */
export function pngBytes(pixels: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', pixels)]);
}
