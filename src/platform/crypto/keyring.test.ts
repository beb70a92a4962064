import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database';
import { buildOrganisation } from '../../test/factories';
import { createTestDatabase } from '../../test/test-db';
import { KeyRing } from './keyring';
import { generateMasterKey, parseMasterKey } from './master-key';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => h?.close());

const SECRET = 'Hij stond met een mes bij mijn voordeur, Kerkstraat 12';

describe('keyring', () => {
  it('round-trips text and bytes, and no plaintext reaches the database', async () => {
    const ring = new KeyRing(generateMasterKey());
    const org = await buildOrganisation(h.db);
    const enc = await ring.encryptText(h.db, org.id, SECRET);
    expect(enc).not.toContain('Kerkstraat');
    expect(await ring.decryptText(h.db, org.id, enc)).toBe(SECRET);
    const bytes = await ring.encryptBytes(h.db, org.id, Buffer.from(SECRET));
    expect(bytes.includes(Buffer.from('Kerkstraat'))).toBe(false);
    expect((await ring.decryptBytes(h.db, org.id, bytes)).toString()).toBe(SECRET);
    const keys = await h.db
      .selectFrom('organisation_key')
      .selectAll()
      .where('organisation_id', '=', org.id)
      .execute();
    expect(keys).toHaveLength(1);
    expect(JSON.stringify(keys)).not.toContain(SECRET);
  });

  it('forgets a first key whose transaction rolled back, so no value is encrypted with a lost key', async () => {
    const master = generateMasterKey();
    const ring = new KeyRing(master);
    const org = await buildOrganisation(h.db);
    await expect(
      h.db.transaction().execute(async (trx) => {
        await ring.encryptText(trx, org.id, SECRET);
        throw new Error('the work failed after encrypting');
      }),
    ).rejects.toThrow('the work failed');
    const enc = await ring.encryptText(h.db, org.id, SECRET);
    // A fresh process (empty cache) must read it with the key that reached the database.
    const restarted = new KeyRing(master);
    expect(await restarted.decryptText(h.db, org.id, enc)).toBe(SECRET);
  });

  it('gives two first writes at once the same committed key', async () => {
    const master = generateMasterKey();
    const ring = new KeyRing(master);
    const org = await buildOrganisation(h.db);
    const encs = await Promise.all(
      [1, 2, 3].map(() =>
        h.db.transaction().execute((trx) => ring.encryptText(trx, org.id, SECRET)),
      ),
    );
    const restarted = new KeyRing(master);
    for (const enc of encs) expect(await restarted.decryptText(h.db, org.id, enc)).toBe(SECRET);
  });

  it("refuses to decrypt one organisation's value as another's", async () => {
    const ring = new KeyRing(generateMasterKey());
    const a = await buildOrganisation(h.db);
    const b = await buildOrganisation(h.db);
    const enc = await ring.encryptText(h.db, a.id, SECRET);
    await ring.encryptText(h.db, b.id, 'x');
    await expect(ring.decryptText(h.db, b.id, enc.replace(/\.\d+\./, '.1.'))).rejects.toThrow();
  });

  it('rotates the data key without downtime: old values stay readable, new ones use the new key', async () => {
    const ring = new KeyRing(generateMasterKey());
    const org = await buildOrganisation(h.db);
    const before = await ring.encryptText(h.db, org.id, 'voor');
    const version = await ring.rotateDataKey(h.db, org.id);
    expect(version).toBe(2);
    const after = await ring.encryptText(h.db, org.id, 'na');
    expect(after.split('.')[2]).toBe('2');
    expect(await ring.decryptText(h.db, org.id, before)).toBe('voor');
    // A second instance that never saw the rotation still reads both.
    const other = new KeyRing(
      parseMasterKey(
        (ring as unknown as { masterKey: { key: Buffer } }).masterKey.key.toString('base64'),
      ),
    );
    expect(await other.decryptText(h.db, org.id, after)).toBe('na');
  });

  it('re-wraps every data key under a new master key; the old master key no longer opens them', async () => {
    const oldKey = generateMasterKey();
    const ring = new KeyRing(oldKey);
    const org = await buildOrganisation(h.db);
    const enc = await ring.encryptText(h.db, org.id, SECRET);
    const next = generateMasterKey();
    await h.db.transaction().execute((trx) => ring.rewrapAll(trx, next));
    expect(await new KeyRing(next).decryptText(h.db, org.id, enc)).toBe(SECRET);
    await expect(new KeyRing(oldKey).decryptText(h.db, org.id, enc)).rejects.toThrow();
  });

  it('refuses a tampered ciphertext', async () => {
    const ring = new KeyRing(generateMasterKey());
    const org = await buildOrganisation(h.db);
    const enc = await ring.encryptText(h.db, org.id, SECRET);
    const body = enc.split('.')[3]!;
    const flipped = `${body.slice(0, 20)}${body[20] === 'A' ? 'B' : 'A'}${body.slice(21)}`;
    await expect(ring.decryptText(h.db, org.id, enc.replace(body, flipped))).rejects.toThrow();
  });

  it('rejects a master key of the wrong length', () => {
    expect(() => parseMasterKey('c2hvcnQ=')).toThrow(/32 bytes/);
  });
});
