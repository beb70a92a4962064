import type { z } from 'zod';
import { AppError } from '../../platform/errors/app-error';
import { addDays, daysBetween } from '../../platform/time';
import type {
  AdviceRequest,
  Deadline,
  Decision,
  Intent,
  RiskAssessment,
  Settings,
  Stage,
} from './bibob.schemas';

/*
 * The deadlines of a screening case and its stage, as pure functions of the
 * case's dates, the organisation's terms and today's date (Europe/Amsterdam).
 * docs/bibob.md gives the legal basis of each.
 */

export type DeadlineView = z.infer<typeof Deadline>;
export type StageName = z.infer<typeof Stage>;

export interface CaseDates {
  receivedOn: string;
  questionnaireSentOn: string | null;
  questionnaireSubmittedOn: string | null;
  advice: z.infer<typeof AdviceRequest> | null;
  intent: z.infer<typeof Intent> | null;
  risk: z.infer<typeof RiskAssessment> | null;
  decision: z.infer<typeof Decision> | null;
}

export const BASIS = {
  questionnaire: 'Art. 30 Wet Bibob; art. 4:5 Awb (aanvulling binnen een gestelde termijn)',
  advice: 'Art. 15 lid 1 en 2 Wet Bibob (8 weken, eenmaal te verlengen met 4 weken)',
  zienswijze: 'Art. 4:7 Awb; art. 33 Wet Bibob (zienswijze op het voornemen)',
  decision:
    'Art. 4:13 Awb (beslistermijn), opgeschort tijdens het advies (art. 31 Wet Bibob) en het ontbrekende vragenformulier (art. 4:15 lid 1 Awb)',
} as const;

/** Number of distinct days covered by half-open intervals [from, to). */
function coveredDays(intervals: { from: string; to: string }[]): number {
  const sorted = intervals
    .filter((i) => i.to > i.from)
    .sort((a, b) => a.from.localeCompare(b.from));
  let total = 0;
  let end: string | null = null;
  for (const { from, to } of sorted) {
    if (end === null || from >= end) {
      total += daysBetween(from, to);
      end = to;
    } else if (to > end) {
      total += daysBetween(end, to);
      end = to;
    }
  }
  return total;
}

/** Every deadline that applies now, in order of the procedure. */
export function caseDeadlines(c: CaseDates, s: Settings, today: string): DeadlineView[] {
  const out: DeadlineView[] = [];
  const push = (
    kind: DeadlineView['kind'],
    due: string,
    met: boolean,
    suspendedDays = 0,
    canBeOverdue = true,
  ) =>
    out.push({
      kind,
      due,
      met,
      overdue: canBeOverdue && !met && today > due,
      suspendedDays,
      basis: BASIS[kind],
    });
  if (c.questionnaireSentOn) {
    push(
      'questionnaire',
      addDays(c.questionnaireSentOn, s.questionnaireDays),
      c.questionnaireSubmittedOn !== null,
    );
  }
  if (c.advice) {
    const weeks = s.adviceWeeks + (c.advice.extendedOn ? s.adviceExtensionWeeks : 0);
    push('advice', addDays(c.advice.requestedOn, weeks * 7), c.advice.receivedOn !== null);
  }
  if (c.intent) {
    // The applicant's term: it ends, but nobody is late when it does.
    push(
      'zienswijze',
      addDays(c.intent.sentOn, s.zienswijzeDays),
      c.intent.responseOn !== null,
      0,
      false,
    );
  }
  const suspensions: { from: string; to: string }[] = [];
  if (c.questionnaireSentOn)
    suspensions.push({ from: c.questionnaireSentOn, to: c.questionnaireSubmittedOn ?? today });
  if (c.advice) suspensions.push({ from: c.advice.requestedOn, to: c.advice.receivedOn ?? today });
  const suspended = coveredDays(suspensions);
  push(
    'decision',
    addDays(c.receivedOn, s.decisionWeeks * 7 + suspended),
    c.decision !== null,
    suspended,
  );
  return out;
}

/** Where the case stands, for lists. */
export function caseStage(c: CaseDates): StageName {
  if (c.decision) return 'decided';
  if (c.intent) return 'intent';
  if (c.advice && !c.advice.receivedOn) return 'advice_pending';
  if (c.risk) return 'assessed';
  if (c.questionnaireSubmittedOn) return 'investigation';
  if (c.questionnaireSentOn) return 'questionnaire';
  return 'application';
}

/** The first deadline not yet met (the one to watch). */
export function nextDeadline(deadlines: DeadlineView[]): DeadlineView | null {
  return deadlines.filter((d) => !d.met).sort((a, b) => a.due.localeCompare(b.due))[0] ?? null;
}

const refuse = (field: string, message: string) =>
  new AppError('validation_failed', message, { fields: [{ field, message }] });

/**
 * The rules of the procedure that a decision must follow: dates in order, a
 * Bibob ground needs a risk assessment that found danger, and a refusal on Bibob
 * grounds needs a notice of intent whose zienswijze term has passed or been answered.
 */
export function checkProcedure(c: CaseDates, s: Settings, today: string): void {
  if (c.advice) {
    if (c.advice.requestedOn < c.receivedOn)
      throw refuse(
        'body.advice.requestedOn',
        'Het advies kan niet vóór de aanvraag zijn gevraagd.',
      );
    if (c.advice.receivedOn && c.advice.receivedOn < c.advice.requestedOn)
      throw refuse(
        'body.advice.receivedOn',
        'Het advies kan niet vóór het verzoek zijn ontvangen.',
      );
    if (c.advice.extendedOn && c.advice.extendedOn < c.advice.requestedOn)
      throw refuse('body.advice.extendedOn', 'De verlenging kan niet vóór het verzoek liggen.');
  }
  if (c.intent?.responseOn && c.intent.responseOn < c.intent.sentOn)
    throw refuse(
      'body.intent.responseOn',
      'De zienswijze kan niet vóór het voornemen zijn ontvangen.',
    );
  const d = c.decision;
  if (!d) return;
  if (d.decidedOn < c.receivedOn)
    throw refuse('body.decision.decidedOn', 'Het besluit kan niet vóór de aanvraag liggen.');
  if (d.decidedOn > today)
    throw refuse(
      'body.decision.decidedOn',
      'Leg een besluit vast op of na de dag dat het is genomen.',
    );
  if (d.bibobGrounds && d.outcome !== 'withdrawn') {
    if (!c.risk || c.risk.level === 'none')
      throw refuse(
        'body.decision.bibobGrounds',
        'Een besluit op grond van de Wet Bibob vraagt een risicobeoordeling die gevaar vaststelt.',
      );
    if (c.advice && !c.advice.receivedOn)
      throw refuse(
        'body.decision.bibobGrounds',
        'Wacht het advies van het Landelijk Bureau Bibob af.',
      );
  }
  if (d.outcome === 'refused' && d.bibobGrounds) {
    if (!c.intent)
      throw refuse(
        'body.decision.outcome',
        'Stuur eerst een voornemen tot weigering en geef gelegenheid tot een zienswijze.',
      );
    const termEnds = addDays(c.intent.sentOn, s.zienswijzeDays);
    if (!c.intent.responseOn && d.decidedOn <= termEnds)
      throw refuse(
        'body.decision.decidedOn',
        `De termijn voor de zienswijze loopt tot en met ${termEnds}; besluit daarna of na ontvangst van de zienswijze.`,
      );
  }
}
