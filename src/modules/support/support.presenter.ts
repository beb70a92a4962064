import type { SupportRequestEventRow, SupportRequestRow } from './support.tables';
import { nextStatuses } from './support-status';

/** What the person chose to share, stored as one encrypted document (the team's key). */
export interface SharedDetails {
  contactName: string | null;
  contactDetail: string | null;
  message: string | null;
  incident: { reference: string; kinds: string[]; occurredOn: string } | null;
}

/** The number people use on the phone: S-<number>. */
export const referenceOf = (row: Pick<SupportRequestRow, 'number'>) => `S-${row.number}`;

const iso = (d: Date | string) => new Date(d).toISOString();

/** For the sender: the status and the dates of the steps, never notes or who recorded them. */
export function presentMyRequest(row: SupportRequestRow, events: SupportRequestEventRow[]) {
  return {
    id: row.id,
    reference: referenceOf(row),
    kind: row.kind,
    urgency: row.urgency,
    status: row.status,
    statusOn: row.status_on,
    onBehalf: row.on_behalf,
    incidentId: row.incident_id,
    createdAt: iso(row.created_at),
    steps: events.map((e) => ({ status: e.status, on: e.occurred_on })),
  };
}

/** A line of the team's queue: no shared content. */
export function presentQueueItem(row: SupportRequestRow, organisationName: string) {
  return {
    id: row.id,
    reference: referenceOf(row),
    organisationName,
    kind: row.kind,
    urgency: row.urgency,
    status: row.status,
    statusOn: row.status_on,
    onBehalf: row.on_behalf,
    createdAt: iso(row.created_at),
  };
}

/** A request for the team: what was shared, the consent record, the steps with notes. */
export function presentQueueRequest(
  row: SupportRequestRow,
  details: {
    organisationName: string;
    shared: SharedDetails;
    consentName: string | null;
    names: Map<string, string>;
    steps: (SupportRequestEventRow & { note: string | null })[];
  },
) {
  const { shared, names } = details;
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    ...presentQueueItem(row, details.organisationName),
    contactPreference: row.contact_preference,
    contactName: shared.contactName,
    contactDetail: shared.contactDetail,
    message: shared.message,
    incident: shared.incident,
    consent:
      row.on_behalf && row.consent_given_on && row.consent_method
        ? {
            personName: details.consentName ?? '',
            givenOn: row.consent_given_on,
            method: row.consent_method,
            recordedBy: nameOf(row.requested_by) ?? '',
          }
        : null,
    requestedBy: nameOf(row.requested_by),
    nextStatuses: [...nextStatuses(row.kind, row.status)],
    steps: details.steps.map((e) => ({
      status: e.status,
      on: e.occurred_on,
      note: e.note,
      by: nameOf(e.actor_id),
    })),
  };
}
