import { randomInt } from 'node:crypto';

/** Fisher-Yates with a cryptographic source: the stored order of a batch says nothing. */
export function shuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
