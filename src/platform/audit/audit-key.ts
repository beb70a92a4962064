import {
  createHmac,
  createPrivateKey,
  createPublicKey,
  hkdfSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import type { Db } from '../../db/database';
import type { KeyRing } from '../crypto/keyring';
import { keyedLink, type LinkFn } from './audit-chain';

/** PKCS#8 DER header of a raw 32-byte Ed25519 seed (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The keys of the audit trail, derived with HKDF from one random audit key that is
 * stored wrapped by the master key (ADR 0019): a MAC key for the chain links and an
 * Ed25519 key pair that signs checkpoints, so a privacy officer can check a checkpoint
 * with the public key alone.
 */
export class AuditKeys {
  /** Set once the one-off re-keying of old plain-hash chains is known to be done. */
  rekeyed = false;
  /** The chain link: HMAC-SHA256 of the event's canonical fields. */
  readonly link: LinkFn = keyedLink((canonical) => this.mac(canonical));

  private constructor(
    private readonly macKey: Buffer,
    private readonly signingKey: KeyObject,
    readonly publicKey: KeyObject,
  ) {}

  static fromSecret(secret: Buffer): AuditKeys {
    const derive = (label: string) =>
      Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `weerbaar:audit:${label}:v1`, 32));
    const signingKey = createPrivateKey({
      key: Buffer.concat([ED25519_PKCS8_PREFIX, derive('checkpoint-signing')]),
      format: 'der',
      type: 'pkcs8',
    });
    return new AuditKeys(derive('chain-mac'), signingKey, createPublicKey(signingKey));
  }

  /** The audit key of this installation, created on first use. */
  static async load(db: Db, keyring: KeyRing): Promise<AuditKeys> {
    return AuditKeys.fromSecret(await keyring.platformSecret(db, 'audit'));
  }

  /** HMAC-SHA256 of a canonical string, hex. */
  mac(canonical: string): string {
    return createHmac('sha256', this.macKey).update(canonical).digest('hex');
  }

  /** Ed25519 signature of a canonical string, base64. */
  sign(canonical: string): string {
    return sign(null, Buffer.from(canonical, 'utf8'), this.signingKey).toString('base64');
  }

  get publicKeyPem(): string {
    return this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }
}

/** Check an Ed25519 signature made by `AuditKeys.sign`, with the public key only. */
export function verifySignature(publicKey: KeyObject, canonical: string, signature: string) {
  try {
    return verify(
      null,
      Buffer.from(canonical, 'utf8'),
      publicKey,
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}
