import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../test/zip-reader';
import { isCompressedMedia, zipStream } from './zip';

const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('zip writer (yazl, streamed)', () => {
  const entries = [
    { name: 'bewijs/foto één.png', data: Buffer.from('x'.repeat(5000)) },
    { name: 'SHA256SUMS.txt', data: Buffer.from('abc  bewijs/foto één.png\n') },
    { name: 'leeg.txt', data: Buffer.alloc(0) },
  ];

  it('round-trips through yauzl with matching CRCs', async () => {
    const files = await readZip(zipStream(entries));
    expect([...files.keys()]).toEqual(entries.map((e) => e.name));
    expect(files.get('bewijs/foto één.png')?.toString()).toBe('x'.repeat(5000));
  });

  it.runIf(hasUnzip)('is read by Info-ZIP unzip, which tests every CRC', async () => {
    const file = path.join(os.tmpdir(), `wb-zip-${process.pid}.zip`);
    fs.writeFileSync(file, await buffer(zipStream(entries)));
    try {
      const list = execFileSync('unzip', ['-l', file]).toString();
      expect(list).toContain('SHA256SUMS.txt');
      const test = execFileSync('unzip', ['-t', file]).toString();
      expect(test).toContain('No errors detected');
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('stores already-compressed media and deflates the rest', async () => {
    const photo = randomBytes(200_000);
    const text = Buffer.from('regel\n'.repeat(40_000));
    const zip = await buffer(
      zipStream([
        { name: 'foto.jpg', data: photo, compress: !isCompressedMedia('image/jpeg') },
        { name: 'log.txt', data: text, compress: !isCompressedMedia('text/plain') },
      ]),
    );
    expect(zip.length).toBeGreaterThan(photo.length);
    expect(zip.length).toBeLessThan(photo.length + text.length / 10);
    const files = await readZip(zip);
    expect(files.get('foto.jpg')?.equals(photo)).toBe(true);
    expect(files.get('log.txt')?.equals(text)).toBe(true);
  });

  it('keeps the event loop responsive while it zips 50 MB', async () => {
    const data = Buffer.alloc(50 * 1024 * 1024, 'abcdefgh');
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    let bytes = 0;
    for await (const piece of zipStream([{ name: 'groot.bin', data }])) bytes += piece.length;
    delay.disable();
    expect(bytes).toBeGreaterThan(0);
    // The old writer deflated the whole buffer in one synchronous call (≈ 400 ms here).
    expect(delay.max / 1e6).toBeLessThan(150);
  });
});
