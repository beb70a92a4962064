import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors/app-error';
import { cleanFileName } from '../../../platform/files/file-type';
import { emlBytes, PDF_BYTES, PNG_BYTES } from '../test-fixtures';
import { parseEml } from './eml';
import { checkFile, sniffFileType } from './file-type';

describe('file type sniffing', () => {
  it('recognises files by their bytes', async () => {
    expect((await sniffFileType(PNG_BYTES))?.mediaType).toBe('image/png');
    expect((await sniffFileType(PDF_BYTES))?.mediaType).toBe('application/pdf');
    expect((await sniffFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0])))?.mediaType).toBe(
      'image/jpeg',
    );
    expect((await sniffFileType(Buffer.from('ID3\x04\x00', 'latin1')))?.mediaType).toBe(
      'audio/mpeg',
    );
    expect((await sniffFileType(Buffer.from('\0\0\0\x20ftypM4A \0\0', 'latin1')))?.mediaType).toBe(
      'audio/mp4',
    );
    expect((await sniffFileType(Buffer.from('\0\0\0\x18ftypheic\0\0', 'latin1')))?.mediaType).toBe(
      'image/heic',
    );
    expect((await sniffFileType(emlBytes()))?.mediaType).toBe('message/rfc822');
  });

  it('refuses executables, scripts and HTML', async () => {
    expect(await sniffFileType(Buffer.from('MZ\x90\x00', 'latin1'))).toBeNull();
    expect(await sniffFileType(Buffer.from('#!/bin/sh\nrm -rf /\n'))).toBeNull();
    expect(await sniffFileType(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
  });

  it('refuses a file whose extension lies about its content', async () => {
    const check = await checkFile('foto.png', PDF_BYTES);
    expect(check).toMatchObject({ ok: false, reason: 'extension_mismatch' });
    expect((await checkFile('foto.PNG', PNG_BYTES)).ok).toBe(true);
    expect((await checkFile('virus.exe', Buffer.from('MZ\x90'))).ok).toBe(false);
  });

  it('cleans file names of paths and control characters', () => {
    expect(cleanFileName('C:\\Users\\x\\scherm:afdruk.png')).toBe('scherm_afdruk.png');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('')).toBe('bestand');
  });
});

describe('.eml parsing', () => {
  it('pre-fills sender, date, subject and text', async () => {
    const parsed = await parseEml(emlBytes());
    expect(parsed).toMatchObject({
      senderAddress: 'boos@example.org',
      senderName: 'Boze Burger',
      sentAt: '2026-11-24T20:14:00.000Z',
      subject: 'Wij weten waar u woont',
    });
    expect(parsed.text).toContain('wij komen langs');
  });

  it('refuses a file that is not an e-mail message, naming the field', async () => {
    for (const bad of [
      Buffer.from('dit is gewoon tekst\nzonder kopregels'),
      Buffer.from([0, 1, 2, 3]),
      Buffer.alloc(0),
    ]) {
      const error = await parseEml(bad, 'body.file.0').catch((e) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('unprocessable');
      expect((error as AppError).fieldErrors[0]?.field).toBe('body.file.0');
    }
  });
});
