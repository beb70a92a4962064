/**
 * Interning of byte strings, so category values never become per-row strings:
 * a value is hashed (FNV-1a) while it is scanned and looked up by its bytes.
 */

/** FNV-1a 32-bit offset basis; exported so a scanning loop can hash as it goes. */
export const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a 32-bit prime. */
export const FNV_PRIME = 0x01000193;

/** The FNV-1a hash of bytes[start, end). */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, FNV_PRIME);
  return hash;
}

/** Hash table from byte strings to dense codes, so category values never become per-row strings. */
export class ByteInterner {
  private slots = new Int32Array(64).fill(-1);
  private hashes: number[] = [];
  private keys: Uint8Array[] = [];

  /** The code of bytes[start, end) with the given FNV-1a hash, adding it as the next code if new. */
  lookup(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const code = this.slots[slot]!;
      if (code < 0) break;
      if (this.hashes[code] === hash && equalBytes(this.keys[code]!, bytes, start, end))
        return code;
      slot = (slot + 1) & mask;
    }
    const code = this.keys.length;
    this.keys.push(bytes.slice(start, end));
    this.hashes.push(hash);
    this.slots[slot] = code;
    if (this.keys.length * 2 > this.slots.length) this.grow();
    return code;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, code) => {
      let slot = hash & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = code;
    });
    this.slots = slots;
  }
}

function equalBytes(key: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key[i] !== bytes[start + i]) return false;
  return true;
}
