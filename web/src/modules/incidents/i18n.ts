import { i18next } from '../../app/i18n';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

// English must have exactly the Dutch keys (tsc fails otherwise), as in the shell.
const enHasAllDutchKeys: typeof nl = en;
const nlHasAllEnglishKeys: typeof en = nl;

/** This module's texts live in its own files, merged under `incidents.` at start-up. */
i18next.addResourceBundle(
  'nl',
  'translation',
  { incidents: nlHasAllEnglishKeys, nav: { incidentSettings: 'Instellingen meldingen' } },
  true,
  false,
);
i18next.addResourceBundle(
  'en',
  'translation',
  { incidents: enHasAllDutchKeys, nav: { incidentSettings: 'Incident settings' } },
  true,
  false,
);
