/**
 * Files in the database as sealed chunks (ADR 0018): one row per 64 KiB, each encrypted with
 * the organisation's data key and bound by its AAD to the file, its position and whether it
 * is the last, so chunks cannot be swapped, dropped or appended. Written inside the caller's
 * transaction; read back one chunk at a time.
 */

import type { Db } from '../../db/database';
import { chunkAad } from '../crypto/chunked';
import type { KeyPurpose, KeyRing } from '../crypto/keyring';

/** Shape of a module's `<file table>_chunk` table. */
export interface FileChunkTable {
  organisation_id: string;
  attachment_id: string;
  n: number;
  final: boolean;
  sealed: Buffer;
}

/** The chunk tables; each references its module's file table with ON DELETE CASCADE. */
export type ChunkTableName =
  | 'incident_attachment_chunk'
  | 'integrity_attachment_chunk'
  | 'bibob_document_chunk';

const context = (fileId: string, n: number, final: boolean) =>
  `|${chunkAad(`file:${fileId}`, n, final)}`;

/** Seal and insert every chunk of `source` (which yields CHUNK_BYTES pieces) in order. */
export async function writeChunks(
  trx: Db,
  keyring: KeyRing,
  table: ChunkTableName,
  organisationId: string,
  fileId: string,
  purpose: KeyPurpose,
  source: AsyncIterable<Buffer>,
): Promise<void> {
  // Hold one chunk back so the last one is known to be the last when it is sealed.
  let held: Buffer | null = null;
  let n = 0;
  const put = async (data: Buffer, final: boolean) => {
    const sealed = await keyring.encryptBytes(
      trx,
      organisationId,
      data,
      purpose,
      context(fileId, n, final),
    );
    await trx
      .insertInto(table)
      .values({ organisation_id: organisationId, attachment_id: fileId, n, final, sealed })
      .execute();
    n++;
  };
  for await (const chunk of source) {
    if (held) await put(held, false);
    held = chunk;
  }
  await put(held ?? Buffer.alloc(0), true);
}

/** The plaintext of a chunked file, chunk by chunk; throws when a chunk is missing or altered. */
export async function* readChunks(
  db: Db,
  keyring: KeyRing,
  table: ChunkTableName,
  organisationId: string,
  fileId: string,
): AsyncGenerator<Buffer> {
  for (let n = 0; ; n++) {
    const row = await db
      .selectFrom(table)
      .select(['final', 'sealed'])
      .where('organisation_id', '=', organisationId)
      .where('attachment_id', '=', fileId)
      .where('n', '=', n)
      .executeTakeFirst();
    if (!row) throw new Error(`chunk ${n} of a stored file is missing`);
    yield await keyring.decryptBytes(
      db,
      organisationId,
      Buffer.from(row.sealed),
      context(fileId, n, row.final),
    );
    if (row.final) return;
  }
}

/** A stored file whole: the single sealed blob of older rows, else its chunks joined. */
export async function readStoredFile(
  db: Db,
  keyring: KeyRing,
  table: ChunkTableName,
  organisationId: string,
  fileId: string,
  legacy: Buffer | null,
): Promise<Buffer> {
  if (legacy) return keyring.decryptBytes(db, organisationId, Buffer.from(legacy));
  const parts: Buffer[] = [];
  for await (const part of readChunks(db, keyring, table, organisationId, fileId)) parts.push(part);
  return Buffer.concat(parts);
}
