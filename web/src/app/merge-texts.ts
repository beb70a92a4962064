export type TextTree = { [key: string]: string | TextTree };

const isTree = (x: unknown): x is TextTree => typeof x === 'object' && x !== null;

/** `b` laid over `a`, object by object (a module's public and staff texts share subtrees). */
export function mergeTexts<A extends object, B extends object>(a: A, b: B): A & B {
  const merged: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [k, v] of Object.entries(b)) {
    const existing = merged[k];
    merged[k] = isTree(v) && isTree(existing) ? mergeTexts(existing, v) : v;
  }
  return merged as A & B;
}
