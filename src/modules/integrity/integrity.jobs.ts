import type { AppDeps } from '../../platform/deps';
import { sendAgendaNotifications } from './agenda/agenda-notify';
import { sendClockReminders } from './reports/jobs/clock-reminders';
import { notifyHandlers } from './reports/jobs/notify-handlers';
import {
  AGENDA_NOTIFY_QUEUE,
  CLOCK_REMINDER_INTERVAL_MS,
  CLOCK_REMINDER_QUEUE,
  NOTIFY_HANDLERS_QUEUE,
  RETENTION_INTERVAL_MS,
  RETENTION_QUEUE,
} from './reports/jobs/queues';
import { applyRetention } from './reports/jobs/retention';

/** Register the integrity module's background jobs and their schedules. */
export function registerIntegrityJobs(deps: AppDeps): void {
  deps.jobs.handle(CLOCK_REMINDER_QUEUE, async () => {
    await sendClockReminders(deps);
  });
  deps.jobs.handle(RETENTION_QUEUE, async () => {
    await applyRetention(deps);
  });
  deps.jobs.handle(NOTIFY_HANDLERS_QUEUE, (payload) => notifyHandlers(deps, payload));
  deps.jobs.handle(AGENDA_NOTIFY_QUEUE, (payload) => sendAgendaNotifications(deps, payload));
  deps.jobs.every(CLOCK_REMINDER_QUEUE, CLOCK_REMINDER_INTERVAL_MS);
  deps.jobs.every(RETENTION_QUEUE, RETENTION_INTERVAL_MS);
}
