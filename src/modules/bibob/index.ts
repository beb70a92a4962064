import { registerDemoContributor } from '../../demo/load-demo';
import { unscopedContext } from '../../platform/use-case';
import type { AppModule } from '../module';
import { ensurePlatformDefinition } from '../questionnaires';
import { contributeBibobDemo } from './bibob.demo';
import { bibobRoutes } from './bibob.routes';
import { BIBOB_QUESTIONNAIRE } from './bibob-questionnaire';
import { eraseClosedCases } from './use-cases/erase-closed-cases';
import { remindPolicyRenewal } from './use-cases/remind-policy-renewal';

/** Queues of the module's daily jobs. */
export const BIBOB_JOBS = {
  retention: 'bibob.retention',
  renewalReminder: 'bibob.policy-renewal-reminder',
} as const;
const DAILY_MS = 24 * 60 * 60 * 1000;

registerDemoContributor(contributeBibobDemo);

/**
 * Bibob screening for the organisation's Bibob officers: the policy (versions,
 * adoption, renewal reminder, PDF), screening cases with the applicant's
 * questionnaire on the questionnaire engine, documents, deadlines, retention.
 */
export const bibobModule: AppModule = {
  name: 'bibob',
  async register(app, deps) {
    await ensurePlatformDefinition(deps.db, BIBOB_QUESTIONNAIRE);
    await bibobRoutes(app, deps);
    deps.jobs.handle(BIBOB_JOBS.retention, async () => {
      const erased = await eraseClosedCases(unscopedContext(deps));
      if (erased > 0) deps.logger.info({ erased }, 'bibob cases past retention erased');
    });
    deps.jobs.handle(BIBOB_JOBS.renewalReminder, async () => {
      await remindPolicyRenewal(unscopedContext(deps));
    });
    deps.jobs.every(BIBOB_JOBS.retention, DAILY_MS);
    deps.jobs.every(BIBOB_JOBS.renewalReminder, DAILY_MS);
  },
};

/** How long closed Bibob cases are kept: the term the retention job applies. */
export { bibobRetentionTerm } from './retention-term';
