import { defineTexts } from '../../app/i18n';

/** Sign-in and password texts, under `auth.`; downloaded with the pages that ask for a password. */
export const texts = defineTexts({
  nl: () => import('./i18n/nl.json').then((m) => m.default),
  en: () => import('./i18n/en.json').then((m) => m.default),
});
