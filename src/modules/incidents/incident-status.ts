/**
 * The status workflow of a report as an explicit state machine:
 * received → in treatment → measures → aftercare → closed, with referral to another
 * body from any open step. Steps may go back one step (a measure turns out to be
 * needed during aftercare), and a closed or referred report may be reopened.
 */
export const INCIDENT_STATUSES = [
  'received',
  'in_treatment',
  'measures',
  'aftercare',
  'closed',
  'referred',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const TRANSITIONS: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  received: ['in_treatment', 'referred'],
  in_treatment: ['measures', 'aftercare', 'referred', 'closed'],
  measures: ['in_treatment', 'aftercare', 'referred', 'closed'],
  aftercare: ['measures', 'closed'],
  referred: ['in_treatment', 'closed'],
  closed: ['in_treatment'],
};

/** Statuses in which a report still needs attention (deadlines and reminders apply). */
export const OPEN_STATUSES: readonly IncidentStatus[] = [
  'received',
  'in_treatment',
  'measures',
  'aftercare',
];

export function isIncidentStatus(value: string): value is IncidentStatus {
  return (INCIDENT_STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function allowedTransitions(from: IncidentStatus): readonly IncidentStatus[] {
  return TRANSITIONS[from];
}

export function isOpen(status: IncidentStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Reopening a closed report needs a reason, as does closing or referring one. */
export function transitionNeedsNote(from: IncidentStatus, to: IncidentStatus): boolean {
  return to === 'referred' || (from === 'closed' && to === 'in_treatment');
}
