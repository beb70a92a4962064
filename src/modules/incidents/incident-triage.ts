import type { IncidentKind, Priority } from './incident-vocabulary';
import { PRIORITIES } from './incident-vocabulary';

/** The four risk factors of the short risk assessment. */
export interface RiskFactors {
  repeat: boolean;
  weapon: boolean;
  homeAddressKnown: boolean;
  threatToRelatives: boolean;
}

const rank = (p: Priority) => PRIORITIES.indexOf(p);
const atLeast = (p: Priority, floor: Priority): Priority => (rank(p) < rank(floor) ? floor : p);

/**
 * The priority a report gets after triage: the handler's own judgement, raised one
 * step by each risk factor present (capped at urgent). A weapon, or a threat that
 * reaches relatives, makes a report at least high; a weapon together with a known
 * home address or a threat to relatives makes it urgent.
 */
export function effectivePriority(chosen: Priority, risks: RiskFactors): Priority {
  const count = [
    risks.repeat,
    risks.weapon,
    risks.homeAddressKnown,
    risks.threatToRelatives,
  ].filter(Boolean).length;
  let result = PRIORITIES[Math.min(rank(chosen) + count, PRIORITIES.length - 1)] as Priority;
  if (risks.weapon || risks.threatToRelatives) result = atLeast(result, 'high');
  if (risks.weapon && (risks.homeAddressKnown || risks.threatToRelatives)) result = 'urgent';
  return result;
}

const SERIOUS_KINDS: readonly IncidentKind[] = [
  'physical_violence',
  'threat',
  'stalking',
  'doxing',
];

/**
 * The priority a report starts with before a handler has looked at it, so that the
 * register sorts the serious ones first: physical violence, threats, stalking and
 * doxing start high, and a perpetrator who did it before raises that like triage does.
 */
export function intakePriority(
  kinds: readonly IncidentKind[],
  perpetratorRepeat: boolean,
): Priority {
  const base: Priority = kinds.some((k) => SERIOUS_KINDS.includes(k)) ? 'high' : 'normal';
  return perpetratorRepeat ? atLeast(base, base === 'high' ? 'urgent' : 'high') : base;
}
