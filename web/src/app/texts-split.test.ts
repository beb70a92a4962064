import { describe, expect, it } from 'vitest';
import {
  missingPaths,
  pickTexts,
  publicPageEntries,
  reachableFiles,
  type TextTree,
  usedTextPaths,
} from '../test/text-usage';
import { mergeTexts } from './merge-texts';

/**
 * Public pages (the report form, the anonymous integrity channel) download only their module's
 * public texts (ADR 0048). Every text they can show must be in that file, or a frightened
 * reporter reads a raw key; `npm run texts:split` fixes what this names.
 */
const SOURCES = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  eager: true,
  query: '?raw',
  import: 'default',
});
const TEXTS = import.meta.glob<TextTree>('../modules/*/i18n/**/*.json', {
  eager: true,
  import: 'default',
});
/** Paths under web/src, as the walker names them. */
const read = (file: string) => SOURCES[`../${file}`];

const MODULES = Object.keys(SOURCES)
  .map((file) => /^\.\.\/modules\/([^/]+)\/routes\.tsx$/.exec(file)?.[1])
  .filter((name): name is string => Boolean(name))
  .map((name) => ({
    name,
    entries: publicPageEntries(`modules/${name}`, read(`modules/${name}/routes.tsx`) ?? ''),
  }))
  .filter((m) => m.entries.length > 0);

function inner(name: string, tree: TextTree | undefined): TextTree {
  if (!tree) return {};
  const keys = Object.keys(tree);
  return keys.length === 1 && keys[0] === name ? (tree[name] as TextTree) : tree;
}

describe('texts of public pages', () => {
  it('finds the modules with public pages', () => {
    expect(MODULES.map((m) => m.name)).toEqual(expect.arrayContaining(['incidents', 'integrity']));
  });

  describe.each(MODULES)('$name', ({ name, entries }) => {
    const files = new Map<string, string>();
    for (const entry of entries) for (const [f, s] of reachableFiles(entry, read)) files.set(f, s);

    it.each(['nl', 'en'])(
      'its public pages find every text they use in i18n/public/%s.json',
      (language) => {
        const pub = inner(name, TEXTS[`../modules/${name}/i18n/public/${language}.json`]);
        const all = mergeTexts(pub, inner(name, TEXTS[`../modules/${name}/i18n/${language}.json`]));
        const needed = pickTexts(all, usedTextPaths(files.values(), name, all));
        expect(missingPaths(needed, pub).map((key) => `${name}.${key}`)).toEqual([]);
      },
    );

    it('keeps no text in both files', () => {
      const pub = inner(name, TEXTS[`../modules/${name}/i18n/public/nl.json`]);
      const staff = inner(name, TEXTS[`../modules/${name}/i18n/nl.json`]);
      const inStaff = new Set(leaves(staff));
      expect(leaves(pub).filter((key) => inStaff.has(key))).toEqual([]);
    });
  });

  it('reads what a page uses, following its imports', () => {
    const sources: Record<string, string> = {
      'modules/x/pages/P.tsx': "import { F } from '../components/F';\nt('x.title');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a component
      'modules/x/components/F.tsx': 't(`x.kind.${k}`); t(`x.${field}`); const f = "name";',
    };
    const files = reachableFiles('modules/x/pages/P', (f) => sources[f]);
    const texts: TextTree = {
      title: 'T',
      kind: { a: 'A' },
      name: 'N',
      count_one: '1',
      count_other: 'n',
      other: 'O',
    };
    const used = pickTexts(texts, usedTextPaths(files.values(), 'x', texts));
    expect(used).toEqual({ title: 'T', kind: { a: 'A' }, name: 'N' });
    expect(pickTexts(texts, [['count']])).toEqual({ count_one: '1', count_other: 'n' });
  });
});

function leaves(tree: TextTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`),
  );
}
