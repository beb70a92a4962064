import { addDays, addMonths, amsterdamDate, daysBetween } from '../../../platform/time';

/**
 * The whistleblower law's clocks as data (EU directive 2019/1937 art. 9(1)(b) and (f);
 * Wet bescherming klokkenluiders art. 2 lid 1): acknowledge receipt within 7 days,
 * give feedback within 3 months of the acknowledgement or, when none was sent, of the
 * end of those 7 days. Pure functions over calendar dates in Europe/Amsterdam.
 */
export const ACKNOWLEDGEMENT_DAYS = 7;
export const FEEDBACK_MONTHS = 3;
/** Handlers are reminded from this many days before a due date. */
export const REMINDER_LEAD_DAYS = 2;

export type ClockState = 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';

export interface Clock {
  dueOn: string | null;
  metOn: string | null;
  state: ClockState;
  /** Days until the due date (negative when overdue); null once met or not started. */
  daysLeft: number | null;
}

/** Acknowledgement due date for a report received on `receivedOn`. */
export function acknowledgementDueOn(receivedOn: string): string {
  return addDays(receivedOn, ACKNOWLEDGEMENT_DAYS);
}

/** Feedback due date: 3 months after the acknowledgement, or after its due date when none was sent. */
export function feedbackDueOn(acknowledgementDue: string, acknowledgedOn: string | null): string {
  return addMonths(acknowledgedOn ?? acknowledgementDue, FEEDBACK_MONTHS);
}

/** The state of one clock on `today`. */
export function clockState(dueOn: string | null, metOn: string | null, today: string): Clock {
  if (!dueOn) return { dueOn: null, metOn, state: 'not_started', daysLeft: null };
  if (metOn) return { dueOn, metOn, state: metOn > dueOn ? 'met_late' : 'met', daysLeft: null };
  const daysLeft = daysBetween(today, dueOn);
  const state: ClockState =
    daysLeft < 0 ? 'overdue' : daysLeft <= REMINDER_LEAD_DAYS ? 'due_soon' : 'open';
  return { dueOn, metOn: null, state, daysLeft };
}

/** Both clocks of a report, as shown on the case and in lists. */
export function reportClocks(
  row: {
    acknowledgement_due_on: string | null;
    acknowledged_at: Date | null;
    feedback_due_on: string | null;
    feedback_at: Date | null;
  },
  now: Date,
): { acknowledgement: Clock; feedback: Clock } {
  const today = amsterdamDate(now);
  const on = (d: Date | null) => (d ? amsterdamDate(new Date(d)) : null);
  return {
    acknowledgement: clockState(row.acknowledgement_due_on, on(row.acknowledged_at), today),
    feedback: clockState(row.feedback_due_on, on(row.feedback_at), today),
  };
}

/** True when either clock has run out without being met. */
export function isOverdue(clocks: { acknowledgement: Clock; feedback: Clock }): boolean {
  return clocks.acknowledgement.state === 'overdue' || clocks.feedback.state === 'overdue';
}
