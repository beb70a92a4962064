import { addDays, addWorkingDays, nextWorkingDayOnOrAfter } from '../../platform/time';
import type { AftercareStep } from './incidents.tables';

/** What an organisation gets until its admin changes the settings. */
export interface IncidentSettings {
  firstContactWorkingDays: number;
  aftercareSchedule: AftercareStep[];
  retentionMonths: number;
  retentionAction: 'anonymise' | 'delete';
  /** Forwarded e-mail to the organisation's intake address becomes drafts. */
  emailIntakeEnabled: boolean;
  organisationAddress: string | null;
}

/** First contact within two working days: the Veilig Werken guidance says "promptly". */
export const DEFAULT_FIRST_CONTACT_WORKING_DAYS = 2;
/** Check-ins on the next working day, after one week and after four weeks. */
export const DEFAULT_AFTERCARE_SCHEDULE: AftercareStep[] = [
  { unit: 'working_days', amount: 1 },
  { unit: 'days', amount: 7 },
  { unit: 'days', amount: 28 },
];
/** Closed reports are kept two years, then anonymised (the statistics stay). */
export const DEFAULT_RETENTION_MONTHS = 24;

export const DEFAULT_SETTINGS: IncidentSettings = {
  firstContactWorkingDays: DEFAULT_FIRST_CONTACT_WORKING_DAYS,
  aftercareSchedule: DEFAULT_AFTERCARE_SCHEDULE,
  retentionMonths: DEFAULT_RETENTION_MONTHS,
  retentionAction: 'anonymise',
  emailIntakeEnabled: false,
  organisationAddress: null,
};

/** The due date of one aftercare step, counted from `from`; never on a day off. */
export function aftercareDueOn(from: string, step: AftercareStep): string {
  if (step.unit === 'working_days') return addWorkingDays(from, step.amount);
  return nextWorkingDayOnOrAfter(addDays(from, step.amount));
}

/** A Dutch label for a step, e.g. "Na 1 werkdag", "Na 7 dagen". */
export function aftercareLabel(step: AftercareStep): string {
  if (step.unit === 'working_days') {
    return step.amount === 1 ? 'Contact op de volgende werkdag' : `Na ${step.amount} werkdagen`;
  }
  if (step.amount % 7 === 0) {
    const weeks = step.amount / 7;
    return weeks === 1 ? 'Na één week' : `Na ${weeks} weken`;
  }
  return `Na ${step.amount} dagen`;
}

/** The aftercare plan: one check-in per step of the schedule, counted from `from`. */
export function planAftercare(from: string, schedule: readonly AftercareStep[]) {
  return schedule.map((step) => ({
    label: aftercareLabel(step),
    dueOn: aftercareDueOn(from, step),
  }));
}

/** The first-contact deadline of a report received on `receivedOn`. */
export function firstContactDueOn(receivedOn: string, workingDays: number): string {
  return addWorkingDays(receivedOn, workingDays);
}

/** Closed before this instant means the retention term has passed. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}
