/** Queue names of the notifications module's jobs. */

/** Turns one published event into notifications for the people who receive it. */
export const FAN_OUT_QUEUE = 'notifications.fan-out';
/**
 * Sends one mail (one notification, or one person's digest). Named `mail.*` so the platform
 * status page lists it with the other mail queues, failed and dead runs included.
 */
export const MAIL_DELIVER_QUEUE = 'mail.deliver';
/** Puts the digest notifications of each person into one mail a day. */
export const DIGEST_QUEUE = 'notifications.digest';

/** The digest job looks every hour whether the day's digest time has come. */
export const DIGEST_INTERVAL_MS = 60 * 60 * 1000;
/** Attempts of a mail before it is dead: with the queue's backoff about 40 minutes in all. */
export const MAIL_MAX_ATTEMPTS = 8;
