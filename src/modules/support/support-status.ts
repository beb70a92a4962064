import type { SupportKind, SupportStatus } from './support.tables';

/*
 * The support team's steps. Support from the team and legal support:
 * new → accepted → contact recorded → follow-up (as often as needed) → closed.
 * Home security: new → accepted → assessment → measure → done.
 * Any open request can be closed (declined, withdrawn, no longer needed); a closed or
 * done request stays that way.
 */
const GENERAL: Record<SupportStatus, readonly SupportStatus[]> = {
  new: ['accepted', 'closed'],
  accepted: ['contact_recorded', 'closed'],
  contact_recorded: ['follow_up', 'closed'],
  follow_up: ['follow_up', 'closed'],
  assessment: [],
  measure: [],
  done: [],
  closed: [],
};

const HOME_SECURITY: Record<SupportStatus, readonly SupportStatus[]> = {
  new: ['accepted', 'closed'],
  accepted: ['assessment', 'closed'],
  assessment: ['measure', 'closed'],
  measure: ['done', 'closed'],
  contact_recorded: [],
  follow_up: [],
  done: [],
  closed: [],
};

/** The steps that may follow `status` for a request of `kind`. */
export function nextStatuses(kind: SupportKind, status: SupportStatus): readonly SupportStatus[] {
  return (kind === 'home_security' ? HOME_SECURITY : GENERAL)[status];
}

/** Whether the team may record `to` after `from` for a request of `kind`. */
export function canMoveTo(kind: SupportKind, from: SupportStatus, to: SupportStatus): boolean {
  return nextStatuses(kind, from).includes(to);
}

/** Whether the request is finished (no step may follow). */
export function isFinished(status: SupportStatus): boolean {
  return status === 'closed' || status === 'done';
}
