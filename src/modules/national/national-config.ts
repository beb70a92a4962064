import type { Config } from '../../config';
import { MIN_K } from './disclosure/protect';

/** The disclosure threshold k: INSIGHT_DISCLOSURE_K (at least 10, refused below at load). */
export function disclosureK(config: Pick<Config, 'disclosureK'>): number {
  return Math.max(MIN_K, config.disclosureK ?? MIN_K);
}
