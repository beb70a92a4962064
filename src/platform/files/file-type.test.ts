import { describe, expect, it } from 'vitest';
import { checkFileType } from '../../modules/integrity/shared/file-type';
import { cleanFileName, detectSignature, extensionOf, isText, looksLikeEmail } from './file-type';

/** The first page header of an Ogg Vorbis recording: page header, then the codec packet. */
const OGG_VORBIS = Buffer.concat([
  Buffer.from('OggS\0\x02', 'latin1'),
  Buffer.alloc(21),
  Buffer.from([0x1e]),
  Buffer.from('\x01vorbis', 'latin1'),
  Buffer.alloc(30),
]);

/** A minimal OOXML spreadsheet: a ZIP whose first entry is [Content_Types].xml naming a workbook. */
function xlsxHead(): Buffer {
  const name = Buffer.from('[Content_Types].xml');
  const body = Buffer.from(
    '<Types><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
  );
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(body.length, 22);
  local.writeUInt16LE(name.length, 26);
  return Buffer.concat([local, name, body]);
}

describe('platform file-type sniffing (file-type underneath)', () => {
  it('names binary signatures, including ones our old tables did not know', async () => {
    expect(await detectSignature(OGG_VORBIS)).toEqual({ ext: 'ogg', mime: 'audio/ogg' });
    expect((await detectSignature(Buffer.from('MZ\x90\x00\x03', 'latin1')))?.ext).toBe('exe');
    expect(await detectSignature(Buffer.from('gewone tekst'))).toBeUndefined();
  });

  it('looks inside a ZIP: a spreadsheet named .docx is refused, named .xlsx accepted', async () => {
    expect(await checkFileType('lijst.xlsx', xlsxHead())).toEqual({
      ok: true,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(await checkFileType('lijst.docx', xlsxHead())).toEqual({
      ok: false,
      reason: 'extension_mismatch',
    });
  });

  it('recognises text and e-mail, which have no magic number', () => {
    expect(isText(Buffer.from('regel één\r\nregel twee'))).toBe(true);
    expect(isText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBe(false);
    expect(looksLikeEmail(Buffer.from('From: a@example.org\r\nSubject: x\r\n\r\nhoi'))).toBe(true);
    expect(looksLikeEmail(Buffer.from('Beste,\r\nhoi'))).toBe(false);
  });

  it('takes the extension and a clean name from what the browser sends', () => {
    expect(extensionOf('Foto.JPEG')).toBe('jpeg');
    expect(extensionOf('.bashrc')).toBe('');
    expect(cleanFileName('a/b\\c:d.txt')).toBe('c_d.txt');
  });
});
