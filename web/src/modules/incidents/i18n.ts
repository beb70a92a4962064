import { defineTexts } from '../../app/i18n';
import { mergeTexts } from '../../app/merge-texts';

const publicNl = () => import('./i18n/public/nl.json').then((m) => m.default);
const publicEn = () => import('./i18n/public/en.json').then((m) => m.default);

/**
 * What the report form says, under `incidents.`: all a reporter's first visit downloads
 * (ADR 0048; `npm run texts:split` keeps it complete).
 */
export const publicTexts = defineTexts({
  nl: () => publicNl().then((t) => ({ incidents: t })),
  en: () => publicEn().then((t) => ({ incidents: t })),
});

/** All of this module's texts (the report form's and the rest), for the handlers' pages. */
export const texts = defineTexts({
  nl: () =>
    Promise.all([publicNl(), import('./i18n/nl.json')]).then(([p, s]) => ({
      incidents: mergeTexts(p, s.default),
    })),
  en: () =>
    Promise.all([publicEn(), import('./i18n/en.json')]).then(([p, s]) => ({
      incidents: mergeTexts(p, s.default),
    })),
});
