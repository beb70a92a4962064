/**
 * Which of a module's texts a page can ask for, found by reading its source and every file it
 * imports (static and dynamic, relative paths under web/src). Public pages download only the
 * texts they use (ADR 0048); this finds them, `npm run texts:split` moves them into the module's
 * public file and app/texts-split.test.ts keeps it true.
 *
 * Conservative on purpose: any string literal `'module.a.b'` counts as a use, a template
 * `` `module.a.${x}` `` uses all of `a`, and a key built from the module's root
 * (`` `module.${key}` ``) uses every top-level text whose name appears as a string in those files.
 * Taking too much costs a few bytes; taking too little shows a raw key to a frightened reporter.
 */

/** Reads a file by its path under web/src (e.g. `modules/incidents/pages/X.tsx`); undefined if absent. */
export type SourceReader = (file: string) => string | undefined;

import { mergeTexts, type TextTree } from '../app/merge-texts';

export { mergeTexts, type TextTree };

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function join(dir: string, relative: string): string {
  const parts = dir ? dir.split('/') : [];
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** The entry and every source file it reaches through relative imports. */
export function reachableFiles(entry: string, read: SourceReader): Map<string, string> {
  const found = new Map<string, string>();
  const resolve = (base: string) =>
    EXTENSIONS.map((ext) => base + ext).find((f) => read(f) !== undefined);
  const queue = [resolve(entry) ?? entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (found.has(file)) continue;
    const source = read(file);
    if (source === undefined) throw new Error(`cannot read ${file}`);
    found.set(file, source);
    const dir = file.split('/').slice(0, -1).join('/');
    for (const [, spec] of source.matchAll(IMPORT)) {
      if (!spec || /\.(json|css|svg|png)$/.test(spec)) continue;
      const target = resolve(join(dir, spec));
      if (target) queue.push(target);
    }
  }
  return found;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The paths (within the module's texts) that these sources may ask for. */
export function usedTextPaths(sources: Iterable<string>, moduleName: string, texts: TextTree) {
  const m = escapeRegExp(moduleName);
  const literal = new RegExp(`['"\`]${m}\\.([\\w.]+)['"\`]`, 'g');
  const template = new RegExp(`\`${m}\\.([\\w.]*)\\$\\{`, 'g');
  const paths: string[][] = [];
  let fromRoot = false;
  const all = [...sources];
  for (const source of all) {
    for (const [, key] of source.matchAll(literal)) if (key) paths.push(key.split('.'));
    for (const [, prefix = ''] of source.matchAll(template)) {
      const parts = prefix.split('.');
      // `a.b${x}` uses the siblings of b as well: take the whole parent.
      parts.pop();
      if (parts.length === 0) fromRoot = true;
      else paths.push(parts);
    }
  }
  if (fromRoot) {
    for (const source of all) {
      for (const [, word] of source.matchAll(/['"]([\w]+)['"]/g)) {
        if (word && word in texts) paths.push([word]);
      }
    }
  }
  return paths;
}

function isTree(x: unknown): x is TextTree {
  return typeof x === 'object' && x !== null;
}

/** A tree with only the given paths (each with its whole subtree and its plural forms). */
export function pickTexts(texts: TextTree, paths: readonly string[][]): TextTree {
  const picked: TextTree = {};
  for (const path of paths) {
    let from: TextTree = texts;
    let to: TextTree = picked;
    for (const [i, key] of path.entries()) {
      const last = i === path.length - 1;
      if (last) {
        for (const [k, v] of Object.entries(from)) {
          if (k === key || k.startsWith(`${key}_`))
            to[k] = isTree(v) ? mergeTexts(isTree(to[k]) ? to[k] : {}, v) : v;
        }
        break;
      }
      const next = from[key];
      if (!isTree(next)) break;
      from = next;
      const existing = to[key];
      to[key] = isTree(existing) ? existing : {};
      to = to[key] as TextTree;
    }
  }
  return orderLike(prune(picked), texts);
}

/** `tree` with its keys in the order `reference` has them (the files stay easy to diff). */
function orderLike(tree: TextTree, reference: TextTree): TextTree {
  const ordered: TextTree = {};
  for (const [k, ref] of Object.entries(reference)) {
    const v = tree[k];
    if (v === undefined) continue;
    ordered[k] = isTree(v) && isTree(ref) ? orderLike(v, ref) : v;
  }
  return ordered;
}

/** Everything in `texts` that `remove` does not have. */
export function omitTexts(texts: TextTree, remove: TextTree): TextTree {
  const kept: TextTree = {};
  for (const [k, v] of Object.entries(texts)) {
    const r = remove[k];
    if (r === undefined) kept[k] = v;
    else if (isTree(v) && isTree(r)) kept[k] = omitTexts(v, r);
  }
  return prune(kept);
}

function prune(tree: TextTree): TextTree {
  for (const [k, v] of Object.entries(tree)) {
    if (isTree(v) && Object.keys(prune(v)).length === 0) delete tree[k];
  }
  return tree;
}

/** The text paths that exist in `texts` but not in `available` (as dotted keys). */
export function missingPaths(texts: TextTree, available: TextTree, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([k, v]) => {
    const there = available[k];
    if (there === undefined) return [`${prefix}${k}`];
    return isTree(v) && isTree(there) ? missingPaths(v, there, `${prefix}${k}.`) : [];
  });
}

/** Pages that load only the public texts, from a module's routes.tsx: `publicPage(() => import('./pages/X'), …)`. */
export function publicPageEntries(moduleDir: string, routesSource: string): string[] {
  const found = routesSource.matchAll(/publicPage\(\s*\(\)\s*=>\s*import\(\s*'(\.\/[^']+)'\s*\)/g);
  return [...found].map(([, spec]) => join(moduleDir, spec as string));
}
