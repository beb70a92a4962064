import type { Db } from '../../../db/database';
import type { KeyRing } from '../../../platform/crypto/keyring';
import { AppError } from '../../../platform/errors/app-error';

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

/** Encrypt file bytes with the integrity key. */
export async function sealBytes(
  db: Db,
  keyring: KeyRing,
  organisationId: string,
  data: Buffer,
): Promise<Buffer> {
  try {
    return await keyring.encryptBytes(db, organisationId, data, INTEGRITY);
  } catch (error) {
    throw keyUnavailable(error);
  }
}

/** Decrypt file bytes sealed by `sealBytes`. */
export async function openBytes(
  db: Db,
  keyring: KeyRing,
  organisationId: string,
  stored: Buffer,
): Promise<Buffer> {
  try {
    return await keyring.decryptBytes(db, organisationId, stored);
  } catch (error) {
    throw keyUnavailable(error);
  }
}
