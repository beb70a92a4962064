import type { Db } from '../../../db/database';
import type { KeyRing } from '../../../platform/crypto/keyring';
import { AppError } from '../../../platform/errors/app-error';
import { readStoredFile, writeChunks } from '../../../platform/files/chunk-store';
import type { SpooledFile } from '../../../platform/files/upload-spool';

/** All integrity content is encrypted with the organisation's separate integrity key. */
export const INTEGRITY = 'integrity' as const;

/** Answer when the integrity key cannot be unwrapped (e.g. the master key was lost). */
export function keyUnavailable(cause: unknown): AppError {
  return new AppError(
    'unavailable',
    'De sleutel van de integriteitsdossiers is niet beschikbaar. Twee sleutelhouders kunnen hem herstellen.',
    { cause, extra: { reason: 'integrity_key_unavailable' } },
  );
}

/** Encrypt a text with the integrity key; an empty or missing text stays null. */
export async function sealText(
  db: Db,
  keyring: KeyRing,
  organisationId: string,
  text: string | null | undefined,
): Promise<string | null> {
  if (text === null || text === undefined || text === '') return null;
  try {
    return await keyring.encryptText(db, organisationId, text, INTEGRITY);
  } catch (error) {
    throw keyUnavailable(error);
  }
}

/** Encrypt a required text with the integrity key. */
export async function sealRequired(
  db: Db,
  keyring: KeyRing,
  organisationId: string,
  text: string,
): Promise<string> {
  try {
    return await keyring.encryptText(db, organisationId, text, INTEGRITY);
  } catch (error) {
    throw keyUnavailable(error);
  }
}

/** Decrypt a text sealed by `sealText`; null stays null. */
export async function openText(
  db: Db,
  keyring: KeyRing,
  organisationId: string,
  envelope: string | null,
): Promise<string | null> {
  if (!envelope) return null;
  try {
    return await keyring.decryptText(db, organisationId, envelope);
  } catch (error) {
    throw keyUnavailable(error);
  }
}

/** Store a file's content as sealed chunks under the integrity key, in the caller's transaction. */
export async function sealFile(
  trx: Db,
  keyring: KeyRing,
  organisationId: string,
  attachmentId: string,
  file: SpooledFile,
): Promise<void> {
  try {
    await writeChunks(
      trx,
      keyring,
      'integrity_attachment_chunk',
      organisationId,
      attachmentId,
      INTEGRITY,
      file.chunks(),
    );
  } catch (error) {
    throw keyUnavailable(error);
  }
}

/** A stored file's content: the sealed blob of older rows, else its chunks. */
export async function openFile(
  db: Db,
  keyring: KeyRing,
  organisationId: string,
  attachmentId: string,
  legacy: Buffer | null,
): Promise<Buffer> {
  try {
    return await readStoredFile(
      db,
      keyring,
      'integrity_attachment_chunk',
      organisationId,
      attachmentId,
      legacy,
    );
  } catch (error) {
    throw keyUnavailable(error);
  }
}
