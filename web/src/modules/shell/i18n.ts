import { defineTexts } from '../../app/i18n';

/** The start page's texts, under `shell.home.`; downloaded with it. */
export const texts = defineTexts({
  nl: () => import('./i18n/nl.json').then((m) => m.default),
  en: () => import('./i18n/en.json').then((m) => m.default),
});
