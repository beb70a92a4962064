import type { Db } from '../../../../db/database';
import { audit } from '../../../../platform/audit/audit';
import type { KeyRing } from '../../../../platform/crypto/keyring';
import { CURRENT_SHARE_FORMAT, splitSecret } from '../../../../platform/crypto/shamir';
import { AppError } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { INTEGRITY, keyUnavailable, sealRequired } from '../../shared/sealing';
import {
  insertShare,
  insertShareSet,
  listCustodians,
  supersedeShareSets,
} from '../custody.repository';
import { encodeShare, keyCheckValue, shareFingerprint } from '../share-codec';

/** Any two custodians together can restore the key; one alone learns nothing. */
export const SHARE_THRESHOLD = 2;

/** Every version of the organisation's integrity key, oldest first (creates v1 if none). */
export async function integrityKeyVersions(db: Db, keyring: KeyRing, organisationId: string) {
  try {
    // The envelope names the newest version: wb1.integrity.<version>.<ciphertext>.
    const probe = await keyring.encryptText(db, organisationId, '', INTEGRITY);
    const newest = Number(probe.split('.')[2]);
    const versions = Array.from({ length: newest }, (_, i) => i + 1);
    const keys = [];
    for (const v of versions) keys.push(await keyring.exportKey(db, organisationId, INTEGRITY, v));
    return { versions, secret: new Uint8Array(Buffer.concat(keys)) };
  } catch (error) {
    throw keyUnavailable(error);
  }
}

/**
 * Split every version of the integrity key into one share per custodian (2-of-n,
 * Shamir by shamir-secret-sharing). Each share waits, encrypted under the very key it
 * splits, until its custodian collects it once; the database keeps only fingerprints
 * and a check value. A new split supersedes the previous one.
 */
export async function splitKey(ctx: UseCaseContext, now = new Date()) {
  const custodians = await listCustodians(ctx.db, ctx.scope.organisationId);
  if (custodians.length < SHARE_THRESHOLD) {
    throw new AppError('conflict', `Wijs eerst minstens ${SHARE_THRESHOLD} sleutelhouders aan.`);
  }
  return ctx.db.transaction().execute((trx) => splitKeyIn(trx, ctx, custodians, now));
}

/**
 * The split itself, inside the caller's transaction: also used right after a recovery
 * from legacy (WBS1) shares, so the key is held in the audited format from then on.
 */
export async function splitKeyIn(
  trx: Db,
  ctx: UseCaseContext,
  custodians: readonly { person_id: string }[],
  now: Date,
) {
  const org = ctx.scope.organisationId;
  const { versions, secret } = await integrityKeyVersions(trx, ctx.keyring, org);
  try {
    const shares = await splitSecret(secret, custodians.length, SHARE_THRESHOLD);
    await supersedeShareSets(trx, org, now);
    const set = await insertShareSet(trx, {
      organisation_id: org,
      key_versions: versions,
      threshold: SHARE_THRESHOLD,
      share_count: shares.length,
      check_value: keyCheckValue(org, versions, secret),
      created_by: ctx.scope.actorId,
    });
    for (const [i, share] of shares.entries()) {
      await insertShare(trx, {
        organisation_id: org,
        set_id: set.id,
        x: share.x,
        custodian_id: custodians[i]!.person_id,
        fingerprint: shareFingerprint(org, set.id, share),
        share_enc: await sealRequired(
          trx,
          ctx.keyring,
          org,
          encodeShare(set.id, share, CURRENT_SHARE_FORMAT),
        ),
        collected_at: null,
      });
      share.y.fill(0);
    }
    await audit(trx, ctx, 'integrity.key.split', { type: 'integrity_key_share_set', id: set.id });
    return {
      setId: set.id,
      keyVersions: versions,
      threshold: SHARE_THRESHOLD,
      shares: shares.length,
    };
  } finally {
    secret.fill(0);
  }
}
