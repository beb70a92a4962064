import { defineTexts } from '../../app/i18n';

/** This module's texts, under `national.`; downloaded with its pages (routes.tsx). */
export const texts = defineTexts({
  nl: () => import('./i18n/nl.json').then((m) => ({ national: m.default })),
  en: () => import('./i18n/en.json').then((m) => ({ national: m.default })),
});
