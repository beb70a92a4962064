/** Queue names of the integrity module's jobs. */
export const CLOCK_REMINDER_QUEUE = 'integrity.clock-reminders';
export const RETENTION_QUEUE = 'integrity.retention';
/** Former queue of new-report mails; left-over jobs become notification events (ADR 0035). */
export const NOTIFY_HANDLERS_QUEUE = 'integrity.notify-handlers';
export const AGENDA_NOTIFY_QUEUE = 'integrity.agenda-notify';

/** Clock reminders run every hour; each report is reminded at most once a day per clock. */
export const CLOCK_REMINDER_INTERVAL_MS = 60 * 60 * 1000;
/** Retention (and clean-up of expired sessions and recoveries) every six hours. */
export const RETENTION_INTERVAL_MS = 6 * 60 * 60 * 1000;
