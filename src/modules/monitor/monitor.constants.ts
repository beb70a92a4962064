/** Limits and defaults of the Monitor, in one place. */

/** Cells (an estimate for a group) with fewer respondents are suppressed; each wave may set its own. */
export const MIN_CELL_SIZE = 30;

/** Confidence level of every interval the Monitor shows. */
export const CONFIDENCE_LEVEL = 0.95;

/** A change between two waves is marked significant when its two-sided p-value is below this. */
export const SIGNIFICANCE_LEVEL = 0.05;

/**
 * Survey answers wait in the inbox until at least this many can be stored together,
 * shuffled, so the order of storage says nothing about who answered when.
 */
export const RESPONSE_BATCH_SIZE = 10;

/** Reminders go to invitees who have not answered, this many days after the previous mail. */
export const REMINDER_INTERVAL_DAYS = 7;

/** At most this many reminders per invitee. */
export const MAX_REMINDERS = 2;

/** The reminder job runs this often. */
export const REMINDER_JOB_EVERY_MS = 60 * 60 * 1000;

/** Largest uploaded frame or invitee list. */
export const FRAME_UPLOAD_LIMIT_BYTES = 2 * 1024 * 1024;

/** Largest uploaded microdata file (CSV or SPSS .sav). */
export const IMPORT_UPLOAD_LIMIT_BYTES = 25 * 1024 * 1024;

/** Most invitees in one uploaded list. */
export const MAX_INVITEES_PER_UPLOAD = 50_000;

/** An import reports at most this many row errors, then says how many more there are. */
export const MAX_REPORTED_ERRORS = 20;

/** An import writes its progress after every this many rows. */
export const IMPORT_PROGRESS_EVERY_ROWS = 2_000;

/** Rows per INSERT statement when storing responses. */
export const INSERT_CHUNK_ROWS = 500;

/** Most strata in one sampling frame. */
export const MAX_STRATA = 2_000;

/** Longest free-text remark a respondent may leave. */
export const MAX_OPEN_TEXT_LENGTH = 4_000;
