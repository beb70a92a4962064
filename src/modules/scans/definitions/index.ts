import { INFORMATIEPOSITIE } from './informatiepositie';
import { RISICOANALYSE } from './risicoanalyse';
import { WEERBAARHEID } from './weerbaarheid';

/** The built-in self-scans, published platform-wide for every organisation at start. */
export const SCAN_DEFINITIONS = [INFORMATIEPOSITIE, WEERBAARHEID, RISICOANALYSE] as const;

export const SCAN_KEYS = {
  informationPosition: INFORMATIEPOSITIE.key,
  personalResilience: WEERBAARHEID.key,
  integrityRiskAnalysis: RISICOANALYSE.key,
} as const;

export { INFORMATIEPOSITIE, RISICOANALYSE, WEERBAARHEID };
