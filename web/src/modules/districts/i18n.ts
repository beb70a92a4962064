import { defineTexts } from '../../app/i18n';

/** This module's texts, under `districts.`; downloaded with its pages and the case picker. */
export const texts = defineTexts({
  nl: () => import('./i18n/nl.json').then((m) => ({ districts: m.default })),
  en: () => import('./i18n/en.json').then((m) => ({ districts: m.default })),
});
