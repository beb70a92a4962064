import { i18next } from '../../app/i18n';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

// English must have exactly the Dutch keys (tsc fails otherwise), as in the shell.
const enHasAllDutchKeys: typeof nl = en;
const nlHasAllEnglishKeys: typeof en = nl;

/** This module's texts live in its own files, merged under `organisations.` at start-up. */
i18next.addResourceBundle('nl', 'translation', { organisations: nlHasAllEnglishKeys }, true, false);
i18next.addResourceBundle('en', 'translation', { organisations: enHasAllDutchKeys }, true, false);
