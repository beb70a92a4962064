import { defineTexts } from '../../app/i18n';

/** This module's texts, under `bibob.`; downloaded with its pages (routes.tsx), English only when chosen. */
export const texts = defineTexts({
  nl: () => import('./i18n/nl.json').then((m) => ({ bibob: m.default })),
  en: () => import('./i18n/en.json').then((m) => ({ bibob: m.default })),
});
