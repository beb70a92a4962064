import { i18next } from '../../app/i18n';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

// English must have exactly the Dutch keys (tsc fails otherwise), as in the shell.
const enHasAllDutchKeys: typeof nl = en;
const nlHasAllEnglishKeys: typeof en = nl;

/** This module's texts, merged under `integrity.` at start-up; menu labels under `nav.`. */
i18next.addResourceBundle(
  'nl',
  'translation',
  { integrity: nlHasAllEnglishKeys.integrity, nav: nlHasAllEnglishKeys.nav },
  true,
  false,
);
i18next.addResourceBundle(
  'en',
  'translation',
  { integrity: enHasAllDutchKeys.integrity, nav: enHasAllDutchKeys.nav },
  true,
  false,
);
