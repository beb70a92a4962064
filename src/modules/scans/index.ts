import type { AppModule } from '../module';
import { ensurePlatformDefinition } from '../questionnaires';
import { SCAN_DEFINITIONS } from './definitions';
import { scansRoutes } from './scans.routes';

/**
 * The self-scans on the questionnaire engine: the information-position scan,
 * the personal resilience scan and the integrity risk analysis for candidate
 * aldermen and deputies (with tracking to appointment). The three definitions
 * are published platform-wide at start, so every organisation can use them.
 */
export const scansModule: AppModule = {
  name: 'scans',
  async register(app, deps) {
    for (const definition of SCAN_DEFINITIONS) await ensurePlatformDefinition(deps.db, definition);
    await scansRoutes(app, deps);
  },
};

/** The built-in instrument definitions and their keys. */
export {
  INFORMATIEPOSITIE,
  KWETSBARE_PROCESSEN,
  RISICOANALYSE,
  SCAN_DEFINITIONS,
  SCAN_KEYS,
  WEERBAARHEID,
} from './definitions';
