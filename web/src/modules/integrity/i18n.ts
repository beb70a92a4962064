import { defineTexts } from '../../app/i18n';
import { mergeTexts } from '../../app/merge-texts';

const publicNl = () => import('./i18n/public/nl.json').then((m) => m.default);
const publicEn = () => import('./i18n/public/en.json').then((m) => m.default);

/**
 * What the public pages (the anonymous channel, the public register) say, under `integrity.`:
 * all a reporter's first visit downloads (ADR 0048; `npm run texts:split` keeps it complete).
 */
export const publicTexts = defineTexts({ nl: publicNl, en: publicEn });

/** All of this module's texts (the public ones and the rest), for the pages behind login. */
export const texts = defineTexts({
  nl: () =>
    Promise.all([publicNl(), import('./i18n/nl.json')]).then(([p, s]) => mergeTexts(p, s.default)),
  en: () =>
    Promise.all([publicEn(), import('./i18n/en.json')]).then(([p, s]) => mergeTexts(p, s.default)),
});
