import type { CandidateStage } from './scans.tables';

/**
 * The way of a candidate from commissioned analysis to appointment, as a
 * state machine. The conversation needs the submitted questionnaire; an
 * appointment needs the certificate of conduct (VOG) received.
 */
export const STAGES: readonly CandidateStage[] = [
  'commissioned',
  'discussed',
  'advice_given',
  'appointed',
  'not_appointed',
  'withdrawn',
];

const NEXT: Record<CandidateStage, readonly CandidateStage[]> = {
  commissioned: ['discussed', 'withdrawn'],
  discussed: ['advice_given', 'withdrawn'],
  advice_given: ['appointed', 'not_appointed', 'withdrawn'],
  appointed: [],
  not_appointed: [],
  withdrawn: [],
};

export interface StageFacts {
  questionnaireSubmitted: boolean;
  vogReceivedOn: string | null;
}

/** Null when the move is allowed, else the reason in Dutch. */
export function refuseTransition(
  from: CandidateStage,
  to: CandidateStage,
  facts: StageFacts,
): string | null {
  if (from === to) return null;
  if (!NEXT[from].includes(to)) return `Van "${from}" kan niet naar "${to}".`;
  if (to === 'discussed' && !facts.questionnaireSubmitted)
    return 'Het gesprek kan pas worden vastgelegd als de kandidaat de vragenlijst heeft ingeleverd.';
  if (to === 'appointed' && !facts.vogReceivedOn)
    return 'Een benoeming kan pas worden vastgelegd als de datum van ontvangst van de VOG is ingevuld.';
  return null;
}

export function isFinal(stage: CandidateStage): boolean {
  return NEXT[stage].length === 0;
}
