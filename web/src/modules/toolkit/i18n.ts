import { defineTexts } from '../../app/i18n';

/** This module's texts, under `toolkit.`; downloaded with its pages (routes.tsx), English only when chosen. */
export const texts = defineTexts({
  nl: () => import('./i18n/nl.json').then((m) => ({ toolkit: m.default })),
  en: () => import('./i18n/en.json').then((m) => ({ toolkit: m.default })),
});
