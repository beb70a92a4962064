import { z } from 'zod';
import { INTEGRITY_CATEGORIES, SUBJECT_TYPES } from '../integrity.vocabulary';
import { REPORT_STATUSES } from './case-status';

/** Retention of closed integrity reports, in months: at least a year, at most twenty. */
export const RETENTION_MONTHS_MIN = 12;
export const RETENTION_MONTHS_MAX = 240;

/** Longest report narrative, message or note (characters). */
export const MAX_TEXT = 20_000;
export const MAX_MESSAGE = 10_000;

const text = (max: number, what: string) =>
  z.string().trim().min(1, 'verplicht').max(max).describe(what);
const optionalText = (max: number, what: string) =>
  z.string().trim().max(max).optional().describe(what);

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });
export const ReportParams = OrgParams.extend({ reportId: z.uuid().describe('Report id') });
export const AttachmentParams = ReportParams.extend({
  attachmentId: z.uuid().describe('Attachment id'),
});
export const CodeParams = z.object({
  organisationCode: z.string().min(2).max(20).describe('Organisation code, e.g. GM0344'),
});
export const ReceiptAttachmentParams = z.object({
  attachmentId: z.uuid().describe('Attachment id'),
});

/** What every report says, however it is made. */
export const ReportContent = z.object({
  category: z.enum(INTEGRITY_CATEGORIES).describe('Kind of suspected integrity violation'),
  subjectType: z
    .enum(SUBJECT_TYPES)
    .describe('Whom it concerns: an office holder, a civil servant, or unknown'),
  summary: z
    .string()
    .trim()
    .min(3, 'minstens 3 tekens')
    .max(200)
    .describe('Short subject line (encrypted)'),
  description: z
    .string()
    .trim()
    .min(10, 'beschrijf wat u vermoedt in minstens 10 tekens')
    .max(MAX_TEXT)
    .describe('What happened, as fully as the reporter wishes (encrypted)'),
  subject: optionalText(2000, 'Who is involved, e.g. name and function (encrypted)'),
  occurred: optionalText(500, "When and where, in the reporter's words (encrypted)"),
});
export type ReportContent = z.infer<typeof ReportContent>;

/** Anonymous report: the content only. Nothing about the reporter is asked or stored. */
export const AnonymousReportBody = ReportContent.strict();

/** A logged-in member's report: identified, or confidential to one chosen recipient. */
export const MemberReportBody = ReportContent.extend({
  channel: z
    .enum(['identified', 'confidential'])
    .describe(
      'identified: handlers see who reported; confidential: only the chosen recipient does',
    ),
  recipientId: z
    .uuid()
    .optional()
    .describe(
      'Confidential reports: the integrity officer or counsellor the identity is entrusted to',
    ),
  contact: optionalText(
    300,
    'How the reporter prefers to be contacted (encrypted, sealed with the identity)',
  ),
}).strict();
export type MemberReportBody = z.infer<typeof MemberReportBody>;

/** A confidential counsellor records a report on the reporter's behalf. */
export const IntakeBody = ReportContent.extend({
  channel: z
    .enum(['anonymous', 'confidential', 'identified'])
    .describe('How the reporter wishes to be known once the report is passed on'),
  reporterName: optionalText(200, 'Name of the reporter (sealed; not stored for anonymous)'),
  reporterContact: optionalText(
    300,
    'Contact details of the reporter (sealed; not stored for anonymous)',
  ),
}).strict();
export type IntakeBody = z.infer<typeof IntakeBody>;

export const ForwardBody = z
  .object({
    consentOn: z.iso
      .date()
      .describe('Date on which the reporter consented to passing the report on'),
    consentHow: z
      .enum(['in_person', 'phone', 'written', 'email'])
      .describe('How consent was given'),
    consentNote: optionalText(2000, 'Anything agreed with the reporter (encrypted)'),
  })
  .strict();
export type ForwardBody = z.infer<typeof ForwardBody>;

export const MessageBody = z
  .object({ body: text(MAX_MESSAGE, 'Message text (encrypted)') })
  .strict();
export const AcknowledgeBody = z
  .object({
    message: optionalText(MAX_MESSAGE, 'Acknowledgement text; a standard text when empty'),
  })
  .strict();
export const AssessmentBody = z
  .object({
    assessment: text(MAX_TEXT, 'Preliminary assessment (encrypted)'),
    decision: z.enum(['investigate', 'no_investigation']).describe('Whether to investigate'),
    reason: text(5000, 'Reason for the decision (encrypted)'),
  })
  .strict();
export const NoteBody = z
  .object({ note: text(MAX_TEXT, 'Investigation note (encrypted)') })
  .strict();
export const OutcomeBody = z
  .object({
    outcome: z.enum(['unfounded', 'founded']).describe('Result of the investigation'),
    summary: text(MAX_TEXT, 'Findings (encrypted)'),
    measures: optionalText(MAX_TEXT, 'Measures taken or proposed, when founded (encrypted)'),
  })
  .strict();
export const FeedbackBody = z
  .object({ body: text(MAX_MESSAGE, 'Feedback to the reporter on the follow-up (encrypted)') })
  .strict();
export const AssignBody = z
  .object({
    handlerId: z.uuid().nullable().describe('Integrity officer or counsellor; null to unassign'),
  })
  .strict();
export const UnmaskRequestBody = z
  .object({
    reason: z
      .string()
      .trim()
      .min(10, 'minstens 10 tekens')
      .max(2000)
      .describe('Why the identity is needed (encrypted)'),
  })
  .strict();
export const UnmaskDecisionBody = z
  .object({
    approve: z.boolean().describe('true to open the identity to the requester for a limited time'),
    note: optionalText(2000, 'Motivation of the decision (encrypted)'),
  })
  .strict();
export const UnmaskParams = OrgParams.extend({
  requestId: z.uuid().describe('Unmasking request id'),
});
export const SettingsBody = z
  .object({
    retentionMonths: z
      .number()
      .int()
      .min(RETENTION_MONTHS_MIN)
      .max(RETENTION_MONTHS_MAX)
      .describe('Months after closing before a case is deleted'),
  })
  .strict();
export const CaseListQuery = z.object({
  status: z.enum(REPORT_STATUSES).optional().describe('Only this status'),
  overdue: z.enum(['true', 'false']).optional().describe('Only reports with a clock that ran out'),
  all: z.enum(['true', 'false']).optional().describe('Include closed reports'),
});
export const ReceiptLoginBody = z
  .object({
    organisationCode: z
      .string()
      .trim()
      .min(2)
      .max(20)
      .describe('Organisation code the report was made to'),
    receipt: z.string().trim().min(1, 'verplicht').max(40).describe('The 16-digit receipt code'),
  })
  .strict();

// ── responses ───────────────────────────────────────────────────────────────

export const Clock = z.object({
  dueOn: z.string().nullable().describe('Due date (YYYY-MM-DD, Europe/Amsterdam)'),
  metOn: z.string().nullable().describe('Date the obligation was met'),
  state: z.enum(['open', 'due_soon', 'overdue', 'met', 'met_late', 'not_started']),
  daysLeft: z.number().nullable().describe('Days until due; negative when overdue'),
});
export const Clocks = z.object({ acknowledgement: Clock, feedback: Clock });

export const Attachment = z.object({
  id: z.uuid(),
  messageId: z.uuid().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  addedBy: z.enum(['reporter', 'handler', 'counsellor']),
  createdAt: z.string(),
});
export const Message = z.object({
  id: z.uuid(),
  kind: z.enum(['message', 'acknowledgement', 'feedback']),
  authorRole: z.enum(['reporter', 'handler', 'counsellor']),
  body: z.string(),
  createdAt: z.string(),
});

/** What the reporter sees of their report (anonymous or logged in). */
export const ReporterView = z.object({
  reference: z.string().describe('I-<number>'),
  status: z.enum(REPORT_STATUSES),
  channel: z.enum(['anonymous', 'confidential', 'identified']),
  category: z.enum(INTEGRITY_CATEGORIES),
  subjectType: z.enum(SUBJECT_TYPES),
  summary: z.string(),
  description: z.string(),
  subject: z.string().nullable(),
  occurred: z.string().nullable(),
  receivedOn: z.string().nullable(),
  clocks: Clocks,
  messages: z.array(Message),
  attachments: z.array(Attachment),
});
export const MyReportSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: z.enum(REPORT_STATUSES),
  channel: z.enum(['anonymous', 'confidential', 'identified']),
  summary: z.string(),
  receivedOn: z.string().nullable(),
  lastMessageAt: z.string().nullable(),
});
export const MyReport = ReporterView.extend({ id: z.uuid() });

export const AnonymousReceipt = z.object({
  reference: z.string(),
  receipt: z.string().describe('The receipt code, shown once: only a slow hash is stored'),
  receivedOn: z.string(),
  acknowledgementDueOn: z.string(),
  sessionToken: z.string().describe('Send as x-receipt-session to continue right away'),
  sessionExpiresAt: z.string(),
});
export const ReceiptSession = z.object({
  sessionToken: z.string().describe('Send as header x-receipt-session; never stored in a cookie'),
  expiresAt: z.string(),
  organisationName: z.string(),
});
export const MemberReceipt = z.object({
  id: z.uuid(),
  reference: z.string(),
  receivedOn: z.string(),
  acknowledgementDueOn: z.string(),
});
export const Channel = z.object({
  organisationCode: z.string(),
  organisationName: z.string(),
  acknowledgementDays: z.number(),
  feedbackMonths: z.number(),
});
export const Recipient = z.object({
  id: z.uuid(),
  displayName: z.string(),
  roles: z.array(z.enum(['integrity_officer', 'confidential_counsellor'])),
});

const PersonRef = z.object({ id: z.uuid(), displayName: z.string() }).nullable();

export const CaseSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: z.enum(REPORT_STATUSES),
  channel: z.enum(['anonymous', 'confidential', 'identified']),
  intake: z.enum(['web', 'counsellor']),
  category: z.enum(INTEGRITY_CATEGORIES),
  subjectType: z.enum(SUBJECT_TYPES),
  summary: z.string(),
  receivedOn: z.string().nullable(),
  handler: PersonRef,
  clocks: Clocks,
  overdue: z.boolean(),
});

export const CaseEvent = z.object({
  type: z.string(),
  actorRole: z.string(),
  actor: z
    .string()
    .nullable()
    .describe('Display name of the staff member; null on the reporter side'),
  note: z.string().nullable(),
  at: z.string(),
});
export const UnmaskRequest = z.object({
  id: z.uuid(),
  reportId: z.uuid(),
  reference: z.string(),
  requestedBy: z.string(),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  accessUntil: z.string().nullable(),
});

export const CaseDetail = CaseSummary.extend({
  description: z.string(),
  subject: z.string().nullable(),
  occurred: z.string().nullable(),
  recipient: PersonRef,
  counsellor: PersonRef,
  consentRecordedAt: z.string().nullable(),
  identity: z
    .enum(['none', 'visible', 'sealed'])
    .describe('none: anonymous; sealed: needs unmasking'),
  assessment: z.string().nullable(),
  decision: z.enum(['investigate', 'no_investigation']).nullable(),
  decisionReason: z.string().nullable(),
  outcome: z.enum(['unfounded', 'founded', 'not_investigated']).nullable(),
  outcomeSummary: z.string().nullable(),
  measures: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  feedbackAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  allowedActions: z.array(z.string()),
  messages: z.array(Message),
  attachments: z.array(Attachment),
  timeline: z.array(CaseEvent),
  unmaskRequests: z.array(UnmaskRequest),
});
export const Identity = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  contact: z.string().nullable(),
  via: z.enum(['account', 'counsellor']),
});
export const Breach = z.object({
  reportId: z.uuid(),
  reference: z.string(),
  clock: z.enum(['acknowledgement', 'feedback']),
  dueOn: z.string(),
  detectedAt: z.string(),
  metAt: z.string().nullable(),
});
export const Settings = z.object({
  retentionMonths: z.number(),
  acknowledgementDays: z.number(),
  feedbackMonths: z.number(),
});
