import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { keyedIndex } from '../shared/keyed-index';

/**
 * The anonymous reporter's receipt: 16 random decimal digits (about 53 bits), shown
 * once. The database keeps two things: a keyed index (HMAC) of the first
 * LOOKUP_DIGITS digits, to find the row without scanning, and an argon2id hash of
 * the whole code, to check it. Without the HMAC key a dump offers no shortcut at all
 * (10^16 argon2id guesses per report); with it, still 10^10 argon2id guesses per report.
 */
export const RECEIPT_DIGITS = 16;
/** Digits covered by the lookup index; the rest is only ever checked by argon2id. */
export const LOOKUP_DIGITS = 6;

/** argon2id at OWASP's recommended minimum (19 MiB, 2 passes): ~30-50 ms per check. */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A new random receipt code (digits only, no separators). */
export function generateReceipt(): string {
  let code = '';
  for (let i = 0; i < RECEIPT_DIGITS; i++) code += String(randomInt(10));
  return code;
}

/** The code in four groups of four, as shown to the reporter. */
export function formatReceipt(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/**
 * The code as typed, reduced to its digits; null when it cannot be a receipt.
 * Spaces, dashes and dots are allowed between digits (people copy it in groups).
 */
export function normaliseReceipt(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, '');
  return new RegExp(`^\\d{${RECEIPT_DIGITS}}$`).test(digits) ? digits : null;
}

/** The keyed lookup index of a receipt within one organisation. */
export function receiptLookup(key: Buffer, organisationId: string, code: string): string {
  return keyedIndex(key, `${organisationId}:${code.slice(0, LOOKUP_DIGITS)}`);
}

export function hashReceipt(code: string): Promise<string> {
  return hash(code, ARGON2_OPTIONS);
}

// Checked against when no row matches, so an unknown code costs exactly one
// argon2id verification, like a wrong one.
let dummyHash: Promise<string> | null = null;

/** The one argon2id check of a login attempt: against the row's hash, or a dummy. */
export async function checkReceipt(storedHash: string | null, code: string): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hashReceipt(generateReceipt());
    await verify(await dummyHash, code).catch(() => false);
    return false;
  }
  return verify(storedHash, code).catch(() => false);
}

/** Compute the dummy hash at start-up, so the first unknown receipt is not slower than later ones. */
export function warmUpReceiptCheck(): void {
  dummyHash ??= hashReceipt(generateReceipt());
}
