/**
 * The handling of an integrity report as a state machine (pure):
 *
 *   with_counsellor ─forward (with consent)─▶ received ─acknowledge─▶ assessment
 *   assessment ─decide: investigate─▶ investigation ─outcome─▶ concluded
 *   assessment ─decide: no investigation─▶ concluded (outcome "not investigated")
 *   concluded ─close (after feedback)─▶ closed
 */
export const REPORT_STATUSES = [
  'with_counsellor',
  'received',
  'assessment',
  'investigation',
  'concluded',
  'closed',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type CaseAction =
  | 'forward'
  | 'acknowledge'
  | 'assess'
  | 'decide'
  | 'note'
  | 'conclude'
  | 'feedback'
  | 'close'
  | 'message'
  | 'assign';

const ALLOWED: Record<CaseAction, readonly ReportStatus[]> = {
  forward: ['with_counsellor'],
  acknowledge: ['received'],
  assess: ['assessment'],
  decide: ['assessment'],
  note: ['assessment', 'investigation', 'concluded'],
  conclude: ['investigation'],
  // Feedback is information on the assessment and its follow-up (Wbk): only once the
  // assessment is recorded, which moves the case out of "assessment". Before that a
  // handler writes a message, which never stops the three-month clock.
  feedback: ['investigation', 'concluded'],
  close: ['concluded'],
  message: ['received', 'assessment', 'investigation', 'concluded'],
  assign: ['received', 'assessment', 'investigation', 'concluded'],
};

/** Whether `action` may be taken on a report in `status`. */
export function canTake(action: CaseAction, status: ReportStatus): boolean {
  return ALLOWED[action].includes(status);
}

/** Every action open in `status` (for the case page's buttons). */
export function actionsIn(status: ReportStatus): CaseAction[] {
  return (Object.keys(ALLOWED) as CaseAction[]).filter((a) => ALLOWED[a].includes(status));
}

/** Statuses in which a handler still has work (for the case list's default filter). */
export const OPEN_STATUSES: readonly ReportStatus[] = [
  'received',
  'assessment',
  'investigation',
  'concluded',
];
