import { describe, expect, it } from 'vitest';
import { cleanFileName } from '../../../platform/files/file-type';
import { checkFileType } from './file-type';

describe('integrity attachments: file types by content', () => {
  it('accepts documents, images and text whose extension matches', async () => {
    expect(await checkFileType('verslag.pdf', Buffer.from('%PDF-1.7 ...'))).toEqual({
      ok: true,
      mediaType: 'application/pdf',
    });
    expect(await checkFileType('foto.JPG', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({
      ok: true,
    });
    expect(await checkFileType('notitie.txt', Buffer.from('gewone tekst, met é'))).toEqual({
      ok: true,
      mediaType: 'text/plain',
    });
    expect(await checkFileType('memo.docx', Buffer.from('PK\x03\x04rest', 'latin1'))).toMatchObject(
      {
        ok: true,
      },
    );
  });

  it('refuses renamed or unknown files', async () => {
    expect(await checkFileType('factuur.pdf', Buffer.from('MZ\x90\x00\x03', 'latin1'))).toEqual({
      ok: false,
      reason: 'unknown_type',
    });
    expect(await checkFileType('script.html', Buffer.from('<script>alert(1)</script>'))).toEqual({
      ok: false,
      reason: 'extension_mismatch',
    });
    expect(await checkFileType('archief.zip', Buffer.from('PK\x03\x04', 'latin1'))).toEqual({
      ok: false,
      reason: 'unknown_type',
    });
  });

  it('cleans file names', () => {
    expect(cleanFileName('C:\\Users\\x\\geheim<1>.pdf')).toBe('geheim_1_.pdf');
    expect(cleanFileName('')).toBe('bestand');
  });
});
