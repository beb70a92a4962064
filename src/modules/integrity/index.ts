import { registerDemoContributor } from '../../demo/load-demo';
import type { AppModule } from '../module';
import { contributeIntegrityDemo } from './integrity.demo';
import { registerIntegrityJobs } from './integrity.jobs';
import { integrityRoutes } from './integrity.routes';
import { warmUpReceiptCheck } from './reports/receipt';

/**
 * Integrity: the whistleblower reporting channel (anonymous, confidential and
 * identified reports with the legal clocks), key custody and recovery, the register
 * of side positions and interests, and the agenda conflict check.
 */
export const integrityModule: AppModule = {
  name: 'integrity',
  register: async (app, deps) => {
    registerIntegrityJobs(deps);
    warmUpReceiptCheck();
    await integrityRoutes(app, deps);
  },
};

registerDemoContributor(contributeIntegrityDemo);

/** The register's office holders of an organisation with office and term (toolkit training overview). */
export { officeHolderTerms } from './declarations/declarations.repository';
/** The categories of suspected integrity violations and the offices of the register, with Dutch labels. */
export {
  INTEGRITY_CATEGORIES,
  LABELS_NL as INTEGRITY_LABELS_NL,
  OFFICES,
} from './integrity.vocabulary';
/** The legal clocks of integrity reports as counts per period (insight dashboard). */
export {
  type ClockCountsFilter,
  type ClockCountsRow,
  integrityClockCounts,
} from './reports/clock-statistics.repository';

/** How long closed integrity reports are kept: the term the retention job applies. */
export { integrityRetentionTerm } from './reports/retention-term';
