import { allowedTransitions, type IncidentStatus } from './incident-status';
import type {
  AftercareTaskRow,
  AttachmentRow,
  EventRow,
  IncidentRow,
  MeasureRow,
  MessageRow,
} from './incidents.tables';
import { stepPlan } from './step-plan';

/** Decrypts one encrypted field of the report's organisation (null stays null). */
export type Decrypt = (envelope: string | null) => Promise<string | null>;

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

/** The number people use on the phone and in letters. */
export function referenceOf(row: Pick<IncidentRow, 'number'>): string {
  return `M-${row.number}`;
}

type AttachmentMeta = Pick<
  AttachmentRow,
  'id' | 'kind' | 'file_name_enc' | 'media_type' | 'size_bytes' | 'sha256' | 'created_at'
>;

export async function presentAttachment(row: AttachmentMeta, decrypt: Decrypt) {
  return {
    id: row.id,
    kind: row.kind,
    fileName: (await decrypt(row.file_name_enc)) ?? '',
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    receivedAt: iso(row.created_at)!,
  };
}

export async function presentMessage(row: MessageRow, decrypt: Decrypt) {
  return {
    id: row.id,
    authorRole: row.author_role,
    body: (await decrypt(row.body_enc)) ?? '',
    createdAt: iso(row.created_at)!,
  };
}

export async function presentMeasure(row: MeasureRow, decrypt: Decrypt) {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    filedBy: row.filed_by,
    useOrganisationAddress: row.use_organisation_address,
    plannedOn: row.planned_on,
    doneOn: row.done_on,
    note: await decrypt(row.note_enc),
    createdAt: iso(row.created_at)!,
  };
}

export async function presentTask(row: AftercareTaskRow, decrypt: Decrypt, today: string) {
  return {
    id: row.id,
    label: row.label,
    dueOn: row.due_on,
    status: row.status,
    outcome: await decrypt(row.outcome_enc),
    overdue: row.status === 'planned' && row.due_on < today,
    doneAt: iso(row.done_at),
  };
}

export async function presentEvent(row: EventRow, decrypt: Decrypt) {
  return {
    type: row.type,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    note: await decrypt(row.note_enc),
    actorRole: row.actor_role,
    at: iso(row.at)!,
  };
}

/** Facts every view of a report shares: categories and dates, no narrative. */
function presentFacts(row: IncidentRow) {
  return {
    id: row.id,
    reference: referenceOf(row),
    status: row.status,
    source: row.source,
    reporterGroup: row.reporter_group,
    target: row.target,
    occurredOn: row.occurred_on,
    occurredTime: row.occurred_time,
    location: row.location,
    channel: row.channel,
    kinds: row.kinds,
    perpetratorKnown: row.perpetrator_known,
    perpetratorType: row.perpetrator_type,
    perpetratorRepeat: row.perpetrator_repeat,
    impacts: row.impacts,
    witnesses: row.witnesses,
    policeCalled: row.police_called,
    createdAt: iso(row.created_at)!,
    closedAt: iso(row.closed_at),
    anonymised: row.anonymised_at !== null,
  };
}

/** The e-mail sender is stored as one encrypted JSON value {address, name}. */
export function serialiseSender(address?: string | null, name?: string | null): string | null {
  if (!address && !name) return null;
  return JSON.stringify({ address: address ?? null, name: name ?? null });
}

/** The stored sender value back as {address, name}. */
export function parseSender(text: string | null): { address: string | null; name: string | null } {
  if (!text) return { address: null, name: null };
  try {
    const v = JSON.parse(text) as { address?: string | null; name?: string | null };
    return { address: v.address ?? null, name: v.name ?? null };
  } catch {
    return { address: text, name: null };
  }
}

/** The encrypted parts of a report, decrypted. */
async function presentNarrative(row: IncidentRow, decrypt: Decrypt) {
  const hasEmail = row.email_sender_enc || row.email_subject_enc || row.email_sent_at;
  const sender = parseSender(await decrypt(row.email_sender_enc));
  return {
    narrative: await decrypt(row.narrative_enc),
    victimName: await decrypt(row.victim_name_enc),
    contactPhone: await decrypt(row.contact_phone_enc),
    locationDetail: await decrypt(row.location_detail_enc),
    perpetratorDescription: await decrypt(row.perpetrator_description_enc),
    witnessDetails: await decrypt(row.witnesses_enc),
    email: hasEmail
      ? {
          senderAddress: sender.address,
          senderName: sender.name,
          subject: await decrypt(row.email_subject_enc),
          sentAt: iso(row.email_sent_at),
        }
      : null,
  };
}

export interface CaseParts {
  attachments: AttachmentMeta[];
  messages: MessageRow[];
  measures: MeasureRow[];
  tasks: AftercareTaskRow[];
  events: EventRow[];
}

/** A report as its author sees it: no triage, risk notes or internal timeline. */
export async function presentMyIncident(
  row: IncidentRow,
  parts: Pick<CaseParts, 'attachments' | 'messages' | 'measures' | 'tasks'>,
  decrypt: Decrypt,
) {
  const police = parts.measures.find((m) => m.type === 'police_report' && m.status !== 'cancelled');
  return {
    ...presentFacts(row),
    ...(await presentNarrative(row, decrypt)),
    attachments: await Promise.all(parts.attachments.map((a) => presentAttachment(a, decrypt))),
    messages: await Promise.all(parts.messages.map((m) => presentMessage(m, decrypt))),
    policeReport: police ? await presentMeasure(police, decrypt) : null,
    steps: stepPlan(row, parts.measures, parts.tasks, parts.attachments.length),
  };
}

/** A report as a handler sees it: everything, including triage and the timeline. */
export async function presentIncidentDetail(
  row: IncidentRow,
  parts: CaseParts,
  extra: {
    reporter: {
      type: 'person' | 'api_token';
      displayName: string | null;
      email: string | null;
    } | null;
    handler: { id: string; displayName: string } | null;
    /** The wijk or buurt (public place only); name null when it is no longer loaded. */
    district: { code: string; name: string | null } | null;
    overdue: boolean;
    today: string;
  },
  decrypt: Decrypt,
) {
  return {
    ...presentFacts(row),
    ...(await presentNarrative(row, decrypt)),
    priority: row.priority,
    risks: {
      repeat: row.risk_repeat,
      weapon: row.risk_weapon,
      homeAddressKnown: row.risk_home_address_known,
      threatToRelatives: row.risk_threat_to_relatives,
    },
    riskNote: await decrypt(row.risk_note_enc),
    triagedAt: iso(row.triaged_at),
    reporter: extra.reporter,
    handler: extra.handler,
    district: extra.district,
    firstContactDueOn: row.first_contact_due_on,
    firstContactAt: iso(row.first_contact_at),
    overdue: extra.overdue,
    allowedTransitions: [...allowedTransitions(row.status as IncidentStatus)],
    attachments: await Promise.all(parts.attachments.map((a) => presentAttachment(a, decrypt))),
    messages: await Promise.all(parts.messages.map((m) => presentMessage(m, decrypt))),
    measures: await Promise.all(parts.measures.map((m) => presentMeasure(m, decrypt))),
    aftercare: await Promise.all(parts.tasks.map((t) => presentTask(t, decrypt, extra.today))),
    timeline: await Promise.all(parts.events.map((e) => presentEvent(e, decrypt))),
    steps: stepPlan(row, parts.measures, parts.tasks, parts.attachments.length),
  };
}

/** One row of the register (no encrypted fields). */
export function presentSummary(row: {
  id: string;
  number: number;
  status: IncidentStatus;
  priority: IncidentRow['priority'];
  kinds: IncidentRow['kinds'];
  channel: IncidentRow['channel'];
  location: IncidentRow['location'];
  reporter_group: IncidentRow['reporter_group'];
  occurred_on: string;
  created_at: Date;
  handler_id: string | null;
  handler_name: string | null;
  first_contact_due_on: string;
  first_contact_at: Date | null;
  triaged_at: Date | null;
  overdue: unknown;
}) {
  return {
    id: row.id,
    reference: referenceOf(row),
    status: row.status,
    priority: row.priority,
    kinds: row.kinds,
    channel: row.channel,
    location: row.location,
    reporterGroup: row.reporter_group,
    occurredOn: row.occurred_on,
    createdAt: iso(row.created_at)!,
    handler:
      row.handler_id && row.handler_name
        ? { id: row.handler_id, displayName: row.handler_name }
        : null,
    firstContactDueOn: row.first_contact_due_on,
    firstContactAt: iso(row.first_contact_at),
    overdue: Boolean(row.overdue),
    triaged: row.triaged_at !== null,
  };
}

export function presentMySummary(row: {
  id: string;
  number: number;
  status: IncidentStatus;
  kinds: IncidentRow['kinds'];
  occurred_on: string;
  created_at: Date;
  open_questions: number | null;
}) {
  return {
    id: row.id,
    reference: referenceOf(row),
    status: row.status,
    kinds: row.kinds,
    occurredOn: row.occurred_on,
    createdAt: iso(row.created_at)!,
    openQuestions: Number(row.open_questions ?? 0),
  };
}
