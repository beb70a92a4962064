import { INFORMATIEPOSITIE } from './informatiepositie';
import { KWETSBARE_PROCESSEN } from './kwetsbare-processen';
import { RISICOANALYSE } from './risicoanalyse';
import { WEERBAARHEID } from './weerbaarheid';

/** The built-in self-scans, published platform-wide for every organisation at start. */
export const SCAN_DEFINITIONS = [
  INFORMATIEPOSITIE,
  WEERBAARHEID,
  RISICOANALYSE,
  KWETSBARE_PROCESSEN,
] as const;

export const SCAN_KEYS = {
  informationPosition: INFORMATIEPOSITIE.key,
  personalResilience: WEERBAARHEID.key,
  integrityRiskAnalysis: RISICOANALYSE.key,
  vulnerableProcesses: KWETSBARE_PROCESSEN.key,
} as const;

export { INFORMATIEPOSITIE, KWETSBARE_PROCESSEN, RISICOANALYSE, WEERBAARHEID };
