import type { AppDeps } from '../../platform/deps';
import { runImport } from './imports/use-cases/run-import';
import { sendInvitations, sendReminders } from './invitations/use-cases/send-invitations';
import { REMINDER_JOB_EVERY_MS } from './monitor.constants';
import { JOBS } from './monitor.jobs-names';
import { flushResponses } from './responses/use-cases/flush-responses';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Register the Monitor's background jobs: mails, reminders, answer batches, imports. */
export function registerMonitorJobs(deps: AppDeps): void {
  deps.jobs.handle(JOBS.sendInvitations, async (p) => {
    await sendInvitations(deps, str(p.organisationId), str(p.waveId));
  });
  deps.jobs.handle(JOBS.sendReminders, async () => {
    await sendReminders(deps);
  });
  deps.jobs.every(JOBS.sendReminders, REMINDER_JOB_EVERY_MS);
  deps.jobs.handle(JOBS.flushResponses, async (p) => {
    await flushResponses(deps.db, str(p.organisationId), str(p.waveId));
  });
  deps.jobs.handle(JOBS.runImport, async (p) => {
    await runImport(deps, str(p.organisationId), str(p.importId));
  });
}
