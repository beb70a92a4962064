import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../i18n/en.json';
import nl from '../i18n/nl.json';
import { STORAGE_KEYS, storage } from './storage';

/**
 * Translations live in web/src/i18n/{nl,en}.json, one top-level object per
 * module (`auth`, `shell`, `incidents`, ...); use them as `t('incidents.title')`.
 * Dutch is the source language; English must have exactly the same keys. The
 * two assignments below make `tsc` fail when a key is missing on either side.
 */
const enHasAllDutchKeys: typeof nl = en;
const nlHasAllEnglishKeys: typeof en = nl;

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

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
  await i18next.changeLanguage(language);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = isLanguage(language) ? language : 'nl';
});

void i18next.use(initReactI18next).init({
  resources: {
    nl: { translation: nlHasAllEnglishKeys },
    en: { translation: enHasAllDutchKeys },
  },
  lng: storedLanguage() ?? 'nl',
  fallbackLng: 'nl',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
});

document.documentElement.lang = currentLanguage();

export { i18next };
