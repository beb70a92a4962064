import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app';
import { KeyRing } from '../../../platform/crypto/keyring';
import { split as legacySplit } from '../../../platform/crypto/legacy-shamir';
import { generateMasterKey } from '../../../platform/crypto/master-key';
import { buildPerson, type TestPerson } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { sealRequired } from '../shared/sealing';
import { buildIntegrityWorld, type IntegrityWorld, validContent } from '../test-helpers';
import { insertShare, insertShareSet } from './custody.repository';
import { encodeShare, keyCheckValue, shareFingerprint } from './share-codec';
import { integrityKeyVersions, SHARE_THRESHOLD } from './use-cases/split-key';

let t: TestApp;
let w: IntegrityWorld;
let custodians: TestPerson[];
beforeAll(async () => {
  t = await buildTestApp();
  w = await buildIntegrityWorld(t);
  custodians = [
    await buildPerson(t.deps.db, w.org.id, ['reporter']),
    await buildPerson(t.deps.db, w.org.id, ['reporter']),
  ];
});
afterAll(async () => t?.close());

const url = (path: string) => `/api/v1/orgs/${w.org.id}/integrity${path}`;

/** A share set as the code before ADR 0026 made it: legacy split, WBS1 text, x = 1..n. */
async function legacySet() {
  const db = t.deps.db;
  const { versions, secret } = await integrityKeyVersions(db, t.deps.keyring, w.org.id);
  const shares = legacySplit(secret, custodians.length, SHARE_THRESHOLD);
  const set = await insertShareSet(db, {
    organisation_id: w.org.id,
    key_versions: versions,
    threshold: SHARE_THRESHOLD,
    share_count: shares.length,
    check_value: keyCheckValue(w.org.id, versions, secret),
    created_by: w.admin.id,
  });
  for (const [i, share] of shares.entries()) {
    await insertShare(db, {
      organisation_id: w.org.id,
      set_id: set.id,
      x: share.x,
      custodian_id: custodians[i]!.id,
      fingerprint: shareFingerprint(w.org.id, set.id, share),
      share_enc: await sealRequired(
        db,
        t.deps.keyring,
        w.org.id,
        encodeShare(set.id, share, 'WBS1'),
      ),
      collected_at: null,
    });
  }
  return set.id;
}

describe('shares issued with the legacy scheme (WBS1)', () => {
  it('still recover the key, which is then split again in the audited format', async () => {
    const filed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/integrity/${w.org.code}/reports`,
      payload: validContent({ summary: 'Van voor de migratie' }),
    });
    expect(filed.statusCode).toBe(201);
    const designate = await t.app.inject({
      method: 'PUT',
      url: url('/custodians'),
      headers: w.admin.headers,
      payload: { personIds: custodians.map((c) => c.id) },
    });
    expect(designate.statusCode).toBe(204);
    const oldSetId = await legacySet();
    const texts: string[] = [];
    for (const c of custodians) {
      const collected = await t.app.inject({
        method: 'POST',
        url: url('/key-shares/mine/collect'),
        headers: c.headers,
      });
      texts.push(collected.json().share);
    }
    expect(texts.every((s) => s.startsWith('WBS1-'))).toBe(true);

    const app = await buildApp({ ...t.deps, keyring: new KeyRing(generateMasterKey()) });
    await app.ready();
    try {
      const submit = (i: number) =>
        app.inject({
          method: 'POST',
          url: url('/key-recovery/shares'),
          headers: custodians[i]!.headers,
          payload: { share: texts[i] },
        });
      expect((await submit(0)).json()).toMatchObject({ status: 'collecting' });
      const done = await submit(1);
      expect(done.statusCode).toBe(200);
      expect(done.json()).toEqual({ status: 'completed', restoredVersions: [1] });

      // The key is readable again, and held in a new split whose shares are WBS2.
      const status = (
        await app.inject({ method: 'GET', url: url('/custody'), headers: w.admin.headers })
      ).json();
      expect(status.shareSet.id).not.toBe(oldSetId);
      expect(status.shareSet.shares.every((s: { collected: boolean }) => !s.collected)).toBe(true);
      const fresh = await app.inject({
        method: 'POST',
        url: url('/key-shares/mine/collect'),
        headers: custodians[0]!.headers,
      });
      expect(fresh.statusCode).toBe(200);
      expect(fresh.json().share).toMatch(/^WBS2-/);
    } finally {
      await app.close();
    }
  });
});
