/**
 * Moves each module's texts that its public pages use into i18n/public/{nl,en}.json, and the
 * rest back into i18n/{nl,en}.json, so a reporter's first visit downloads only what the form
 * says (ADR 0048). Idempotent; run it after adding texts to a public page:
 *
 *   npm run texts:split
 *
 * web/src/app/texts-split.test.ts fails, naming the keys, when the files are out of step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  mergeTexts,
  omitTexts,
  pickTexts,
  publicPageEntries,
  reachableFiles,
  type TextTree,
  usedTextPaths,
} from '../web/src/test/text-usage';

const WEB_SRC = fileURLToPath(new URL('../web/src', import.meta.url));
const read = (file: string) => {
  const full = path.join(WEB_SRC, file);
  return fs.existsSync(full) && fs.statSync(full).isFile()
    ? fs.readFileSync(full, 'utf8')
    : undefined;
};
const readJson = (file: string): TextTree | undefined => {
  const text = read(file);
  return text === undefined ? undefined : (JSON.parse(text) as TextTree);
};
const writeJson = (file: string, tree: TextTree) => {
  fs.mkdirSync(path.dirname(path.join(WEB_SRC, file)), { recursive: true });
  fs.writeFileSync(path.join(WEB_SRC, file), `${JSON.stringify(tree, null, 2)}\n`);
};

/** A module's file holds either one object under the module's name or its texts directly. */
const wrapped = (name: string, tree: TextTree) => {
  const keys = Object.keys(tree);
  return keys.length === 1 && keys[0] === name;
};

for (const name of fs.readdirSync(path.join(WEB_SRC, 'modules'))) {
  const dir = `modules/${name}`;
  const routes = read(`${dir}/routes.tsx`);
  const entries = routes ? publicPageEntries(dir, routes) : [];
  if (entries.length === 0) continue;
  const sources = new Map<string, string>();
  for (const entry of entries) for (const [f, s] of reachableFiles(entry, read)) sources.set(f, s);

  const full = (language: string) => {
    const staff = readJson(`${dir}/i18n/${language}.json`) ?? {};
    const pub = readJson(`${dir}/i18n/public/${language}.json`) ?? {};
    // The staff file wins: after a merge, a text someone edited in the full file lands there.
    return { merged: mergeTexts(pub, staff), isWrapped: wrapped(name, staff) };
  };
  const nl = full('nl');
  const inner = (t: TextTree, isWrapped: boolean) => (isWrapped ? (t[name] as TextTree) : t);
  const paths = usedTextPaths(sources.values(), name, inner(nl.merged, nl.isWrapped));
  for (const language of ['nl', 'en']) {
    const { merged, isWrapped } = full(language);
    const texts = inner(merged, isWrapped);
    const pub = pickTexts(texts, paths);
    const staff = omitTexts(texts, pub);
    const wrap = (t: TextTree) => (isWrapped ? { [name]: t } : t);
    writeJson(`${dir}/i18n/public/${language}.json`, wrap(pub));
    writeJson(`${dir}/i18n/${language}.json`, wrap(staff));
  }
  console.log(`${name}: ${entries.length} public pages, ${sources.size} files`);
}
