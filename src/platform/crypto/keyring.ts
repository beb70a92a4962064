import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { open, seal } from './aead';
import { KEY_BYTES, type MasterKey } from './master-key';

export type KeyPurpose = 'data' | 'integrity';
/** What a stored, wrapped key is for: data keys, plus platform secrets such as the audit key. */
type StoredPurpose = KeyPurpose | 'audit';
/** Owner of platform-wide keys (no organisation). */
const PLATFORM_OWNER = '00000000-0000-0000-0000-000000000000';
type Executor = Kysely<Database>;

/** Envelope prefix of an encrypted text field: wb1.<purpose>.<version>.<base64url>. */
const FIELD_PREFIX = 'wb1';
/** Magic bytes of an encrypted file: "WBF1", purpose byte, version (uint32). */
const FILE_MAGIC = Buffer.from('WBF1', 'ascii');

/**
 * Whether a row was written by the still-open transaction that reads it. A key
 * created there may yet roll back, so it is used but not remembered: caching it
 * would let other requests encrypt with a key that never reached the database.
 * (xmin holds the low 32 bits of the writing transaction's id.)
 */
const writtenHere = sql<boolean>`(xmin::text = coalesce((pg_current_xact_id_if_assigned()::text::bigint % 4294967296)::text, ''))`;

function aadFor(organisationId: string, purpose: StoredPurpose, version: number): string {
  return `weerbaar:${organisationId}:${purpose}:${version}`;
}

/**
 * Per-organisation data keys, wrapped by the master key. Field and file helpers
 * encrypt with the newest key version and decrypt with whichever version wrote
 * the value, so a key can be rotated while the application runs.
 */
export class KeyRing {
  private readonly cache = new Map<string, Buffer>();
  private readonly newest = new Map<string, number>();

  constructor(private masterKey: MasterKey) {}

  get masterKeyId(): string {
    return this.masterKey.id;
  }

  private wrap(dataKey: Buffer, organisationId: string, purpose: StoredPurpose, version: number) {
    return seal(
      this.masterKey.key,
      dataKey,
      `wrap:${aadFor(organisationId, purpose, version)}`,
    ).toString('base64');
  }

  private unwrap(wrapped: string, organisationId: string, purpose: StoredPurpose, version: number) {
    return open(
      this.masterKey.key,
      Buffer.from(wrapped, 'base64'),
      `wrap:${aadFor(organisationId, purpose, version)}`,
    );
  }

  private async keyVersion(
    db: Executor,
    organisationId: string,
    purpose: StoredPurpose,
    version: number,
  ): Promise<Buffer> {
    const cacheKey = `${organisationId}:${purpose}:${version}`;
    const hit = this.cache.get(cacheKey);
    if (hit) return hit;
    const row = await db
      .selectFrom('organisation_key')
      .select(['wrapped_key', writtenHere.as('written_here')])
      .where('organisation_id', '=', organisationId)
      .where('purpose', '=', purpose)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) throw new Error(`no ${purpose} key version ${version} for this organisation`);
    const key = this.unwrap(row.wrapped_key, organisationId, purpose, version);
    if (!row.written_here) this.cache.set(cacheKey, key);
    return key;
  }

  /** Newest key version; creates version 1 the first time an organisation needs one. */
  private async currentVersion(
    db: Executor,
    organisationId: string,
    purpose: KeyPurpose,
  ): Promise<number> {
    const memo = this.newest.get(`${organisationId}:${purpose}`);
    if (memo !== undefined) return memo;
    const row = await db
      .selectFrom('organisation_key')
      .select(['version', writtenHere.as('written_here')])
      .where('organisation_id', '=', organisationId)
      .where('purpose', '=', purpose)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row) {
      // Two first writes at once: the loser's insert waits for the winner's commit and
      // then does nothing; either way version 1 exists for this transaction.
      await this.insertKey(db, organisationId, purpose, 1);
      return 1;
    }
    const version = Number(row.version);
    if (!row.written_here) this.newest.set(`${organisationId}:${purpose}`, version);
    return version;
  }

  private async insertKey(
    db: Executor,
    organisationId: string,
    purpose: StoredPurpose,
    version: number,
  ) {
    const dataKey = randomBytes(KEY_BYTES);
    await db
      .insertInto('organisation_key')
      .values({
        organisation_id: organisationId,
        purpose,
        version,
        wrapped_key: this.wrap(dataKey, organisationId, purpose, version),
        master_key_id: this.masterKey.id,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  /** Encrypt a text field; the result is safe to store in a text column. */
  async encryptText(
    db: Executor,
    organisationId: string,
    plaintext: string,
    purpose: KeyPurpose = 'data',
  ): Promise<string> {
    const version = await this.currentVersion(db, organisationId, purpose);
    const key = await this.keyVersion(db, organisationId, purpose, version);
    const sealed = seal(
      key,
      Buffer.from(plaintext, 'utf8'),
      aadFor(organisationId, purpose, version),
    );
    return `${FIELD_PREFIX}.${purpose}.${version}.${sealed.toString('base64url')}`;
  }

  /** Decrypt a field written by `encryptText` with any key version. */
  async decryptText(db: Executor, organisationId: string, envelope: string): Promise<string> {
    const [prefix, purpose, versionText, body] = envelope.split('.');
    if (prefix !== FIELD_PREFIX || !body || (purpose !== 'data' && purpose !== 'integrity')) {
      throw new Error('not an encrypted field');
    }
    const version = Number(versionText);
    const key = await this.keyVersion(db, organisationId, purpose, version);
    return open(
      key,
      Buffer.from(body, 'base64url'),
      aadFor(organisationId, purpose, version),
    ).toString('utf8');
  }

  /** Encrypt a file's bytes for storage in a bytea column or on disk. */
  async encryptBytes(
    db: Executor,
    organisationId: string,
    plaintext: Buffer,
    purpose: KeyPurpose = 'data',
    /** More context bound into the AAD (e.g. a chunk's file and position); needed again to decrypt. */
    context = '',
  ): Promise<Buffer> {
    const version = await this.currentVersion(db, organisationId, purpose);
    const key = await this.keyVersion(db, organisationId, purpose, version);
    const header = Buffer.alloc(FILE_MAGIC.length + 5);
    FILE_MAGIC.copy(header);
    header.writeUInt8(purpose === 'data' ? 0 : 1, FILE_MAGIC.length);
    header.writeUInt32BE(version, FILE_MAGIC.length + 1);
    return Buffer.concat([
      header,
      seal(key, plaintext, `${aadFor(organisationId, purpose, version)}${context}`),
    ]);
  }

  async decryptBytes(
    db: Executor,
    organisationId: string,
    stored: Buffer,
    context = '',
  ): Promise<Buffer> {
    if (!stored.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC))
      throw new Error('not an encrypted file');
    const purpose: KeyPurpose = stored.readUInt8(FILE_MAGIC.length) === 0 ? 'data' : 'integrity';
    const version = stored.readUInt32BE(FILE_MAGIC.length + 1);
    const key = await this.keyVersion(db, organisationId, purpose, version);
    return open(
      key,
      stored.subarray(FILE_MAGIC.length + 5),
      `${aadFor(organisationId, purpose, version)}${context}`,
    );
  }

  /**
   * Start a new data-key version. New writes use it at once; old values stay
   * readable through their own version, so no downtime and no bulk rewrite is needed.
   */
  async rotateDataKey(db: Executor, organisationId: string, purpose: KeyPurpose = 'data') {
    const current = await this.currentVersion(db, organisationId, purpose);
    this.newest.delete(`${organisationId}:${purpose}`);
    await this.insertKey(db, organisationId, purpose, current + 1);
    return current + 1;
  }

  /**
   * Re-wrap every data key wrapped by the current master key under a new one
   * (the data itself is untouched). Keys wrapped by another master key are
   * left alone and counted, so a half-finished earlier rotation is visible.
   */
  async rewrapAll(db: Executor, next: MasterKey): Promise<number> {
    const rows = await db
      .selectFrom('organisation_key')
      .selectAll()
      .where('master_key_id', '=', this.masterKey.id)
      .execute();
    const nextRing = new KeyRing(next);
    for (const row of rows) {
      const dataKey = this.unwrap(row.wrapped_key, row.organisation_id, row.purpose, row.version);
      await db
        .updateTable('organisation_key')
        .set({
          wrapped_key: nextRing.wrap(dataKey, row.organisation_id, row.purpose, row.version),
          master_key_id: next.id,
        })
        .where('organisation_id', '=', row.organisation_id)
        .where('purpose', '=', row.purpose)
        .where('version', '=', row.version)
        .execute();
    }
    this.masterKey = next;
    this.cache.clear();
    return rows.length;
  }

  /**
   * A random platform-wide secret, wrapped by the master key like a data key, so
   * `rewrapAll` carries it to a new master key. Created at first use; call it outside
   * a transaction that may roll back.
   */
  async platformSecret(db: Executor, purpose: 'audit'): Promise<Buffer> {
    const exists = await db
      .selectFrom('organisation_key')
      .select('version')
      .where('organisation_id', '=', PLATFORM_OWNER)
      .where('purpose', '=', purpose)
      .where('version', '=', 1)
      .executeTakeFirst();
    if (!exists) await this.insertKey(db, PLATFORM_OWNER, purpose, 1);
    return this.keyVersion(db, PLATFORM_OWNER, purpose, 1);
  }

  /** Import a raw data key (key recovery from custodian shares). */
  async restoreKey(
    db: Executor,
    organisationId: string,
    purpose: KeyPurpose,
    version: number,
    dataKey: Buffer,
  ): Promise<void> {
    await db
      .updateTable('organisation_key')
      .set({
        wrapped_key: this.wrap(dataKey, organisationId, purpose, version),
        master_key_id: this.masterKey.id,
      })
      .where('organisation_id', '=', organisationId)
      .where('purpose', '=', purpose)
      .where('version', '=', version)
      .execute();
    this.cache.delete(`${organisationId}:${purpose}:${version}`);
  }

  /**
   * Seal a short-lived secret directly under the master key, bound to `context`. For a
   * secret that must wait between two requests while the organisation's own data keys
   * may be unreadable: a custodian's key share waiting for the second share during key
   * recovery. A master-key rotation makes such values unreadable, by design.
   */
  sealTransient(plaintext: Buffer, context: string): string {
    return seal(this.masterKey.key, plaintext, `transient:${context}`).toString('base64');
  }

  /** Open a value sealed by `sealTransient` with the same context; throws otherwise. */
  openTransient(sealed: string, context: string): Buffer {
    return open(this.masterKey.key, Buffer.from(sealed, 'base64'), `transient:${context}`);
  }

  /**
   * The raw data key, only for splitting into custodian shares and for deriving keyed
   * indexes (HMAC) that must keep working after a key is restored from those shares.
   */
  async exportKey(db: Executor, organisationId: string, purpose: KeyPurpose, version: number) {
    return this.keyVersion(db, organisationId, purpose, version);
  }
}
