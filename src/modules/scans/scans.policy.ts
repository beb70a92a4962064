import type { Scope } from '../../platform/auth/actor';
import type { ParticipantRole } from '../questionnaires';

/*
 * Who may see and update a candidate's tracking. Like the analysis itself,
 * this follows the person's part in that one analysis, never a role alone:
 * another councillor, an administrator or another integrity officer has no way in.
 */

/** Every member may call the routes; the use cases check the person's part. */
export const canUseScans = (_scope: Scope): boolean => true;

/** Commissioner, designated officer and the candidate see the tracking. */
export function canReadTracking(part: ParticipantRole | null): boolean {
  return part === 'commissioner' || part === 'designated_officer' || part === 'subject';
}

/** Only the commissioner and the designated officer record stages and dates. */
export function canUpdateTracking(part: ParticipantRole | null): boolean {
  return part === 'commissioner' || part === 'designated_officer';
}
