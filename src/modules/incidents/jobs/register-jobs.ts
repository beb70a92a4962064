import type { AppDeps } from '../../../platform/deps';
import { expireDrafts, notifyDraftOwner } from './drafts';
import {
  AFTERCARE_REMINDER_QUEUE,
  DRAFT_EXPIRY_INTERVAL_MS,
  DRAFT_EXPIRY_QUEUE,
  FIRST_CONTACT_REMINDER_QUEUE,
  NOTIFY_DRAFT_QUEUE,
  NOTIFY_REPORTER_QUEUE,
  REMINDER_INTERVAL_MS,
  RETENTION_INTERVAL_MS,
  RETENTION_QUEUE,
} from './queues';
import { notifyReporter, sendAftercareReminders, sendFirstContactReminders } from './reminders';
import { applyRetention } from './retention';

/** Register the module's background jobs and their schedules. */
export function registerIncidentJobs(deps: AppDeps): void {
  deps.jobs.handle(FIRST_CONTACT_REMINDER_QUEUE, async () => {
    await sendFirstContactReminders(deps);
  });
  deps.jobs.handle(AFTERCARE_REMINDER_QUEUE, async () => {
    await sendAftercareReminders(deps);
  });
  deps.jobs.handle(RETENTION_QUEUE, async () => {
    await applyRetention(deps);
  });
  deps.jobs.handle(NOTIFY_REPORTER_QUEUE, (payload) => notifyReporter(deps, payload));
  deps.jobs.handle(NOTIFY_DRAFT_QUEUE, (payload) => notifyDraftOwner(deps, payload));
  deps.jobs.handle(DRAFT_EXPIRY_QUEUE, async () => {
    await expireDrafts(deps);
  });
  deps.jobs.every(DRAFT_EXPIRY_QUEUE, DRAFT_EXPIRY_INTERVAL_MS);
  deps.jobs.every(FIRST_CONTACT_REMINDER_QUEUE, REMINDER_INTERVAL_MS);
  deps.jobs.every(AFTERCARE_REMINDER_QUEUE, REMINDER_INTERVAL_MS);
  deps.jobs.every(RETENTION_QUEUE, RETENTION_INTERVAL_MS);
}
