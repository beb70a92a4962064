import { amsterdamDateOrNull } from '../../../platform/time';
import type { IntegrityCategory } from '../integrity.vocabulary';
import { actionsIn } from './case-status';
import { isOverdue, reportClocks } from './legal-clock';
import type {
  IntegrityMessageRow,
  IntegrityReportRow,
  IntegrityUnmaskRequestRow,
} from './reports.tables';

/** Decrypted narrative of a report (the use case opens it; the presenter only shapes it). */
export interface OpenedReport {
  summary: string;
  description: string;
  subject: string | null;
  occurred: string | null;
}

export interface OpenedMessage {
  row: IntegrityMessageRow;
  body: string;
}

export interface PresentedAttachment {
  id: string;
  messageId: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  addedBy: 'reporter' | 'handler' | 'counsellor';
  createdAt: string;
}

export const referenceOf = (row: Pick<IntegrityReportRow, 'number'>) => `I-${row.number}`;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const day = amsterdamDateOrNull;

export function presentMessage(m: OpenedMessage) {
  return {
    id: m.row.id,
    kind: m.row.kind,
    authorRole: m.row.author_role,
    body: m.body,
    createdAt: new Date(m.row.created_at).toISOString(),
  };
}

/** The reporter's view: the report, its clocks and the conversation; nothing about handling. */
export function presentReporterView(
  row: IntegrityReportRow,
  opened: OpenedReport,
  messages: readonly OpenedMessage[],
  attachments: readonly PresentedAttachment[],
  now: Date,
) {
  return {
    reference: referenceOf(row),
    status: row.status,
    channel: row.channel,
    category: row.category as IntegrityCategory,
    subjectType: row.subject_type,
    summary: opened.summary,
    description: opened.description,
    subject: opened.subject,
    occurred: opened.occurred,
    receivedOn: day(row.received_at),
    clocks: reportClocks(row, now),
    messages: messages.map(presentMessage),
    attachments: [...attachments],
  };
}

type Names = ReadonlyMap<string, string>;
const personRef = (id: string | null, names: Names) =>
  id ? { id, displayName: names.get(id) ?? '—' } : null;

export function presentCaseSummary(
  row: IntegrityReportRow,
  summary: string,
  names: Names,
  now: Date,
) {
  const clocks = reportClocks(row, now);
  return {
    id: row.id,
    reference: referenceOf(row),
    status: row.status,
    channel: row.channel,
    intake: row.intake,
    category: row.category as IntegrityCategory,
    subjectType: row.subject_type,
    summary,
    receivedOn: day(row.received_at),
    handler: personRef(row.handler_id, names),
    clocks,
    overdue: isOverdue(clocks),
  };
}

export interface CaseExtras {
  assessment: string | null;
  decisionReason: string | null;
  outcomeSummary: string | null;
  measures: string | null;
  identity: 'none' | 'visible' | 'sealed';
  messages: readonly OpenedMessage[];
  attachments: readonly PresentedAttachment[];
  timeline: readonly {
    type: string;
    actorRole: string;
    actor: string | null;
    note: string | null;
    at: string;
  }[];
  unmaskRequests: readonly ReturnType<typeof presentUnmaskRequest>[];
}

export function presentCaseDetail(
  row: IntegrityReportRow,
  opened: OpenedReport,
  extras: CaseExtras,
  names: Names,
  now: Date,
) {
  return {
    ...presentCaseSummary(row, opened.summary, names, now),
    description: opened.description,
    subject: opened.subject,
    occurred: opened.occurred,
    recipient: personRef(row.recipient_id, names),
    counsellor: personRef(row.counsellor_id, names),
    consentRecordedAt: iso(row.consent_recorded_at),
    identity: extras.identity,
    assessment: extras.assessment,
    decision: row.decision,
    decisionReason: extras.decisionReason,
    outcome: row.outcome,
    outcomeSummary: extras.outcomeSummary,
    measures: extras.measures,
    acknowledgedAt: iso(row.acknowledged_at),
    feedbackAt: iso(row.feedback_at),
    closedAt: iso(row.closed_at),
    allowedActions: actionsIn(row.status),
    messages: extras.messages.map(presentMessage),
    attachments: [...extras.attachments],
    timeline: [...extras.timeline],
    unmaskRequests: [...extras.unmaskRequests],
  };
}

export function presentUnmaskRequest(
  row: IntegrityUnmaskRequestRow & { number: number; requester_name: string },
  reason: string,
) {
  return {
    id: row.id,
    reportId: row.report_id,
    reference: referenceOf(row),
    requestedBy: row.requester_name,
    reason,
    status: row.status,
    requestedAt: new Date(row.requested_at).toISOString(),
    decidedAt: iso(row.decided_at),
    accessUntil: iso(row.access_until),
  };
}

export function presentBreach(row: {
  report_id: string;
  number: number;
  clock: 'acknowledgement' | 'feedback';
  due_on: string;
  detected_at: Date;
  met_at: Date | null;
}) {
  return {
    reportId: row.report_id,
    reference: referenceOf(row),
    clock: row.clock,
    dueOn: row.due_on,
    detectedAt: new Date(row.detected_at).toISOString(),
    metAt: iso(row.met_at),
  };
}
