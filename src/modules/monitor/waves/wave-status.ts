import type { WaveStatus } from '../monitor.tables';

/**
 * The life of a wave: drafted (frame, indicators, invitees), in the field
 * (invitations out, answers coming in), closed (no more answers; imports and
 * weighting), published (the report is out; publishing again refreshes it).
 * A wave of imported microdata goes from draft straight to closed.
 */
const TRANSITIONS: Record<WaveStatus, readonly WaveStatus[]> = {
  draft: ['fielding', 'closed'],
  fielding: ['closed'],
  closed: ['fielding', 'published'],
  published: ['published'],
};

export function canTransition(from: WaveStatus, to: WaveStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses a wave can move to next. */
export function nextStatuses(from: WaveStatus): readonly WaveStatus[] {
  return TRANSITIONS[from];
}

/** Survey answers are taken only while the wave is in the field. */
export const acceptsAnswers = (status: WaveStatus): boolean => status === 'fielding';

/** Invitees can be added before and during fieldwork. */
export const acceptsInvitees = (status: WaveStatus): boolean =>
  status === 'draft' || status === 'fielding';

/** Microdata can be imported until the wave is published. */
export const acceptsImports = (status: WaveStatus): boolean =>
  status === 'draft' || status === 'closed';

/** Indicator definitions are fixed once the wave is published. */
export const acceptsIndicatorChanges = (status: WaveStatus): boolean => status !== 'published';

export const STATUS_LABELS: Record<WaveStatus, { nl: string; en: string }> = {
  draft: { nl: 'In voorbereiding', en: 'Draft' },
  fielding: { nl: 'In het veld', en: 'In the field' },
  closed: { nl: 'Gesloten', en: 'Closed' },
  published: { nl: 'Gepubliceerd', en: 'Published' },
};
