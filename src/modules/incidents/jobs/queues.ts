/** Queue names of the incident module's jobs. */
export const FIRST_CONTACT_REMINDER_QUEUE = 'incidents.first-contact-reminders';
export const AFTERCARE_REMINDER_QUEUE = 'incidents.aftercare-reminders';
export const RETENTION_QUEUE = 'incidents.retention';
export const NOTIFY_REPORTER_QUEUE = 'incidents.notify-reporter';

/** Reminders run every hour; each report is reminded at most once a day. */
export const REMINDER_INTERVAL_MS = 60 * 60 * 1000;
/** Retention runs every six hours. */
export const RETENTION_INTERVAL_MS = 6 * 60 * 60 * 1000;
export const NOTIFY_DRAFT_QUEUE = 'incidents.notify-draft';
export const DRAFT_EXPIRY_QUEUE = 'incidents.draft-expiry';
/** Expired drafts are removed every hour. */
export const DRAFT_EXPIRY_INTERVAL_MS = 60 * 60 * 1000;
