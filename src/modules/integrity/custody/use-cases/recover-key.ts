import { audit } from '../../../../platform/audit/audit';
import { combineShares, type Share, type ShareFormat } from '../../../../platform/crypto/shamir';
import { AppError, invalidField, notFound } from '../../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../../platform/use-case';
import { INTEGRITY } from '../../shared/sealing';
import {
  findCurrentShareSet,
  findOpenRecovery,
  findShare,
  insertRecovery,
  isCustodian,
  listCustodians,
  updateRecovery,
} from '../custody.repository';
import { decodeShare, keyCheckValue, shareFingerprint } from '../share-codec';
import { SHARE_THRESHOLD, splitKeyIn } from './split-key';

/** A started recovery waits this long for the second share. */
export const RECOVERY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_BYTES = 32;

const sealContext = (organisationId: string, recoveryId: string) =>
  `integrity-recovery:${organisationId}:${recoveryId}`;

type Outcome =
  | { status: 'collecting'; sharesReceived: 1; needed: 2; expiresAt: string }
  | { status: 'completed'; restoredVersions: number[] }
  | { status: 'failed' };

/**
 * A custodian hands in their share. The first share of a recovery waits, sealed
 * under the current master key (the organisation's own keys may be unreadable —
 * that is why we recover); the second, from another custodian, completes it: the
 * key versions are recombined, checked against the stored check value, and
 * re-wrapped under the current master key. One share alone changes nothing.
 */
export async function submitRecoveryShare(
  ctx: UseCaseContext,
  shareText: string,
  now = new Date(),
) {
  const org = ctx.scope.organisationId;
  const me = ctx.scope.actorId;
  if (!(await isCustodian(ctx.db, org, me))) throw notFound('Dit herstel');
  const share = decodeShare(shareText);
  const outcome = await ctx.db.transaction().execute(async (trx): Promise<Outcome> => {
    const set = await findCurrentShareSet(trx, org);
    if (!set || set.id !== share.setId) {
      throw invalidField(
        'body.share',
        'Dit sleuteldeel hoort niet bij de huidige verdeling van de sleutel.',
      );
    }
    const stored = await findShare(trx, org, set.id, { x: share.x });
    if (
      !stored ||
      stored.custodian_id !== me ||
      stored.fingerprint !== shareFingerprint(org, set.id, share)
    ) {
      await audit(
        trx,
        ctx,
        'integrity.key.recovery_share',
        { type: 'integrity_key_share_set', id: set.id },
        'denied',
      );
      return { status: 'failed' };
    }
    let recovery = await findOpenRecovery(trx, org, true);
    if (recovery && new Date(recovery.expires_at).getTime() < now.getTime()) {
      await updateRecovery(trx, org, recovery.id, { status: 'expired', first_share_sealed: null });
      recovery = undefined;
    }
    if (!recovery || recovery.set_id !== set.id) {
      if (recovery)
        await updateRecovery(trx, org, recovery.id, {
          status: 'expired',
          first_share_sealed: null,
        });
      const started = await insertRecovery(trx, {
        organisation_id: org,
        set_id: set.id,
        status: 'collecting',
        first_custodian_id: me,
        first_share_sealed: null,
        expires_at: new Date(now.getTime() + RECOVERY_TTL_MS),
        completed_by: null,
        completed_at: null,
      });
      const payload = Buffer.from(
        JSON.stringify({
          format: share.format,
          x: share.x,
          y: Buffer.from(share.y).toString('hex'),
        }),
      );
      await updateRecovery(trx, org, started.id, {
        first_share_sealed: ctx.keyring.sealTransient(payload, sealContext(org, started.id)),
      });
      payload.fill(0);
      await audit(trx, ctx, 'integrity.key.recovery_start', {
        type: 'integrity_key_recovery',
        id: started.id,
      });
      return {
        status: 'collecting',
        sharesReceived: 1,
        needed: 2,
        expiresAt: started.expires_at.toISOString(),
      };
    }
    if (recovery.first_custodian_id === me) {
      throw new AppError(
        'conflict',
        'U heeft uw deel al ingediend. Een tweede sleutelhouder moet het zijne indienen.',
      );
    }
    const first = JSON.parse(
      ctx.keyring
        .openTransient(recovery.first_share_sealed ?? '', sealContext(org, recovery.id))
        .toString(),
    ) as { format?: ShareFormat; x: number; y: string };
    const firstShare: Share = { x: first.x, y: new Uint8Array(Buffer.from(first.y, 'hex')) };
    // A first share sealed before the format was recorded is from the legacy scheme.
    const format = first.format ?? 'WBS1';
    const secret =
      format === share.format ? await combineShares([firstShare, share], format) : null;
    try {
      if (!secret || keyCheckValue(org, set.key_versions, secret) !== set.check_value) {
        await updateRecovery(trx, org, recovery.id, { status: 'failed', first_share_sealed: null });
        await audit(
          trx,
          ctx,
          'integrity.key.recover',
          { type: 'integrity_key_recovery', id: recovery.id },
          'failure',
        );
        return { status: 'failed' };
      }
      for (const [i, version] of set.key_versions.entries()) {
        const key = Buffer.from(secret.subarray(i * KEY_BYTES, (i + 1) * KEY_BYTES));
        await ctx.keyring.restoreKey(trx, org, INTEGRITY, version, key);
        key.fill(0);
      }
    } finally {
      secret?.fill(0);
      firstShare.y.fill(0);
      share.y.fill(0);
    }
    await updateRecovery(trx, org, recovery.id, {
      status: 'completed',
      first_share_sealed: null,
      completed_by: me,
      completed_at: now,
    });
    await audit(trx, ctx, 'integrity.key.recover', {
      type: 'integrity_key_recovery',
      id: recovery.id,
    });
    // Migration (docs/adr/0026): a key recovered from legacy shares is split again with
    // the audited library at once; custodians collect their new WBS2 shares as usual.
    // With fewer than two custodians left, an administrator splits it after designating them.
    if (format === 'WBS1') {
      const custodians = await listCustodians(trx, org);
      if (custodians.length >= SHARE_THRESHOLD) await splitKeyIn(trx, ctx, custodians, now);
    }
    return { status: 'completed', restoredVersions: set.key_versions };
  });
  if (outcome.status === 'failed') {
    throw new AppError(
      'unprocessable',
      'Dit sleuteldeel is niet van u of past niet bij het eerder ingediende deel. Er is niets hersteld.',
      { fields: [{ field: 'body.share', message: 'sleuteldeel past niet' }] },
    );
  }
  return outcome;
}
