import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from '../i18n/nl.json';
import { STORAGE_KEYS, storage } from './storage';

/**
 * Translations live in web/src/i18n/{nl,en}.json (the shell: `auth`, `shell`, `nav`, ...) and in
 * each module's i18n/{nl,en}.json, one top-level object per module; use them as
 * `t('incidents.title')`. Dutch is the source language; English must have exactly the same keys
 * (`defineTexts` makes `tsc` fail otherwise).
 *
 * Only the texts a page needs are downloaded (ADR 0029): the shell's Dutch texts are in the first
 * chunk, English is fetched when someone chooses it, and a module's texts arrive with its pages
 * (`loadTexts` in the module's route `lazy`).
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Texts = Record<string, unknown>;

/** Fails to compile unless both languages have the same keys, naming the side that lacks some. */
// (An object with more keys extends one with fewer: N extends E unless N lacks some of E's.)
type SameKeys<N, E> = [N] extends [E]
  ? [E] extends [N]
    ? unknown
    : { error: 'the English texts lack keys that the Dutch texts have' }
  : { error: 'the Dutch texts lack keys that the English texts have' };

/** One set of texts (the shell's or a module's) in every language, each loaded on demand. */
export type TextBundle = Readonly<Record<Language, () => Promise<Texts>>>;

/** Declare a set of texts; nothing is downloaded until `loadTexts` asks for a language. */
export function defineTexts<N extends Texts, E extends Texts>(
  bundle: { nl: () => Promise<N>; en: () => Promise<E> } & SameKeys<N, E>,
): TextBundle {
  return bundle;
}

/** The bundles in use; switching language loads each of them in the new language first. */
const inUse = new Set<TextBundle>();
/** Per bundle and language, the download (kept, so each file is fetched once). */
const loads = new WeakMap<TextBundle, Map<Language, Promise<void>>>();

function load(bundle: TextBundle, language: Language): Promise<void> {
  let perLanguage = loads.get(bundle);
  if (!perLanguage) {
    perLanguage = new Map();
    loads.set(bundle, perLanguage);
  }
  let promise = perLanguage.get(language);
  if (!promise) {
    promise = bundle[language]().then((texts) => {
      i18next.addResourceBundle(language, 'translation', texts, true, false);
    });
    // A failed download (offline) is tried again on the next navigation.
    promise.catch(() => perLanguage.delete(language));
    perLanguage.set(language, promise);
  }
  return promise;
}

/** Make a bundle's texts available now, in the current language, and after every switch. */
export async function loadTexts(bundle: TextBundle): Promise<void> {
  inUse.add(bundle);
  await load(bundle, currentLanguage());
}

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

/** The language chosen on this device, if the person ever chose one. */
export function storedLanguage(): Language | null {
  const value = storage.get(STORAGE_KEYS.locale);
  return isLanguage(value) ? value : null;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'nl';
}

/** Switch the UI language, remember it on this device and set <html lang>. */
export async function setLanguage(language: Language, remember = true): Promise<void> {
  if (remember) storage.set(STORAGE_KEYS.locale, language);
  // Load every text in use before switching, so no page shows a mix of languages.
  await Promise.all([...inUse].map((bundle) => load(bundle, language)));
  await i18next.changeLanguage(language);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = isLanguage(language) ? language : 'nl';
});

/** The shell's own texts: Dutch is bundled (first paint), English is fetched when chosen. */
const shellTexts = defineTexts({
  nl: async () => nl,
  en: () => import('../i18n/en.json').then((m) => m.default),
});
inUse.add(shellTexts);

void i18next.use(initReactI18next).init({
  resources: { nl: { translation: nl } },
  lng: 'nl',
  fallbackLng: 'nl',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
});

/** Resolves when the texts of the language chosen on this device are there; render after it. */
export const textsReady: Promise<void> = setLanguage(storedLanguage() ?? 'nl', false).catch(
  () => undefined,
);

document.documentElement.lang = currentLanguage();

export { i18next };
