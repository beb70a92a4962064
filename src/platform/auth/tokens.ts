import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random, URL-safe secret with a recognisable prefix (helps secret scanners). */
export function newSecret(prefix: string, bytes = 32): string {
  return `${prefix}_${randomBytes(bytes).toString('base64url')}`;
}

/** Fast hash for high-entropy secrets (session ids, API tokens): a slow hash adds nothing there. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}
