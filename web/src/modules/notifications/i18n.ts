import { defineTexts } from '../../app/i18n';

/** This module's texts, under `notifications.`; downloaded with its pages, English only when chosen. */
export const texts = defineTexts({
  nl: () => import('./i18n/nl.json').then((m) => ({ notifications: m.default })),
  en: () => import('./i18n/en.json').then((m) => ({ notifications: m.default })),
});
