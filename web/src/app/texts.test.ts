import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { mergeTexts } from './merge-texts';

/**
 * The texts themselves, in both languages: counted nouns take their plural form through
 * i18next (`_one`/`_other`), so the UI never says "1 agendapunten".
 */
type Tree = { [key: string]: string | Tree };
const FILES = import.meta.glob<Tree>(
  ['../i18n/*.json', '../modules/*/i18n/*.json', '../modules/*/i18n/public/*.json'],
  { eager: true, import: 'default' },
);
const TEXT_FILES = Object.keys(FILES);
/** A module's texts for its public pages (ADR 0048), merged with the rest as its i18n.ts does. */
const PUBLIC_FILES = TEXT_FILES.filter((file) => file.includes('/i18n/public/'));
const read = (file: string): Tree => {
  const texts = FILES[file];
  if (!texts) throw new Error(`no texts at ${file}`);
  return texts;
};

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

/** The module folders that have texts, from the files found. */
const MODULES = [
  ...new Set(
    TEXT_FILES.map((file) => /^\.\.\/modules\/([^/]+)\//.exec(file)?.[1]).filter(
      (name): name is string => Boolean(name),
    ),
  ),
];

/**
 * The app's texts in one language, merged as app/i18n.ts and the modules' i18n.ts do: a
 * module's file either holds one object under the module's name or its texts directly.
 */
function resources(language: 'nl' | 'en'): Tree {
  const merged: Tree = { ...read(`../i18n/${language}.json`) };
  for (const name of MODULES) {
    const publicFile = `../modules/${name}/i18n/public/${language}.json`;
    const texts = mergeTexts(
      PUBLIC_FILES.includes(publicFile) ? read(publicFile) : {},
      read(`../modules/${name}/i18n/${language}.json`),
    );
    const keys = Object.keys(texts);
    // The shell module's file adds to the shell's own `shell.` texts: merge, do not replace.
    if (keys.length === 1 && keys[0] === name) Object.assign(merged, mergeTexts(merged, texts));
    else merged[name] = texts;
  }
  return merged;
}

async function translator(language: 'nl' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { [language]: { translation: resources(language) } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('texts', () => {
  it('finds the shell and every module in both languages', () => {
    expect(TEXT_FILES).toEqual(expect.arrayContaining(['../i18n/nl.json', '../i18n/en.json']));
    expect(MODULES.length).toBeGreaterThanOrEqual(10);
    for (const name of MODULES) {
      expect(TEXT_FILES).toEqual(
        expect.arrayContaining([
          `../modules/${name}/i18n/nl.json`,
          `../modules/${name}/i18n/en.json`,
        ]),
      );
    }
    expect(TEXT_FILES.length - PUBLIC_FILES.length).toBe(2 + 2 * MODULES.length);
  });

  it.each(TEXT_FILES)('%s: every counted text has a singular and a plural form', (file) => {
    const texts = leaves(read(file));
    const keys = new Set(texts.map(([key]) => key));
    const problems = texts.flatMap(([key, text]) => {
      if (!/\{\{count\b/.test(text)) return [];
      const base = key.replace(/_(one|other)$/, '');
      if (base === key) return [`${key} counts but has no _one/_other forms`];
      return ['_one', '_other']
        .filter((f) => !keys.has(base + f))
        .map((f) => `${base}${f} is missing`);
    });
    expect(problems).toEqual([]);
  });

  it('counts agenda items, reports and questions in Dutch', async () => {
    const t = await translator('nl');
    expect(t('integrity.agenda.itemCount', { count: 1 })).toBe('1 agendapunt');
    expect(t('integrity.agenda.itemCount', { count: 3 })).toBe('3 agendapunten');
    expect(t('integrity.agenda.flaggedCount', { count: 1 })).toBe('1 mogelijk persoonlijk belang');
    expect(t('incidents.results', { count: 1 })).toBe('1 melding');
    expect(t('incidents.results', { count: 4800 })).toBe('4.800 meldingen');
    expect(t('incidents.openQuestionsCount', { count: 2 })).toBe('2 open vragen');
    expect(t('questionnaires.answeredOf', { answered: 1, count: 1 })).toBe(
      '1 van 1 vraag beantwoord',
    );
    expect(t('scans.minutes', { count: 1 })).toBe('Invullen duurt ongeveer 1 minuut.');
    expect(t('monitor.importDone', { count: 1200 })).toBe(
      'Klaar: 1.200 respondenten geïmporteerd.',
    );
  });

  it('counts in English too', async () => {
    const t = await translator('en');
    expect(t('integrity.agenda.itemCount', { count: 1 })).toBe('1 item');
    expect(t('incidents.results', { count: 4800 })).toBe('4,800 reports');
    expect(t('questionnaires.problems', { count: 1 })).toBe('1 problem found');
  });
});
