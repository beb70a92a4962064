import type { Db } from '../../db/database';

/** The statistics of one report, as a test places it straight in the table. */
export interface Fixture {
  occurredOn: string;
  channel: string;
  location: string;
  target: 'self' | 'relative' | 'colleague';
  reporterGroup: 'office_holder' | 'civil_servant' | 'other';
  kinds: string[];
  createdAt: string;
  firstContactAt: string | null;
  dueOn: string;
  status: string;
}

export async function insertIncident(db: Db, organisationId: string, f: Fixture): Promise<string> {
  const row = await db
    .insertInto('incident')
    .values({
      organisation_id: organisationId,
      source: 'web',
      status: f.status as never,
      author_type: null,
      author_id: null,
      idempotency_key: null,
      idempotency_hash: null,
      reporter_group: f.reporterGroup,
      target: f.target,
      victim_name_enc: null,
      contact_phone_enc: null,
      occurred_on: f.occurredOn,
      occurred_time: null,
      location: f.location as never,
      location_detail_enc: null,
      channel: f.channel as never,
      kinds: f.kinds as never,
      narrative_enc: null,
      perpetrator_known: false,
      perpetrator_type: null,
      perpetrator_description_enc: null,
      witnesses_enc: null,
      email_sender_enc: null,
      email_subject_enc: null,
      email_sent_at: null,
      risk_note_enc: null,
      triaged_at: null,
      handler_id: null,
      first_contact_due_on: f.dueOn,
      first_contact_at: f.firstContactAt ? new Date(f.firstContactAt) : null,
      first_contact_reminded_on: null,
      closed_at: null,
      anonymised_at: null,
      created_at: new Date(f.createdAt),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
