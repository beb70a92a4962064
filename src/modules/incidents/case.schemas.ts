/** Schemas of a report as read back: the handler's case detail and the reporter's own view. */

import { z } from 'zod';
import {
  KindSchema,
  MeasureTypeSchema,
  PrioritySchema,
  risks,
  StatusSchema,
} from './common.schemas';
import {
  CHANNELS,
  FILED_BY,
  IMPACTS,
  LOCATIONS,
  MEASURE_STATUSES,
  PERPETRATOR_TYPES,
  REPORTER_GROUPS,
  SOURCES,
  TARGETS,
} from './incident-vocabulary';

const attachmentShape = {
  id: z.uuid(),
  kind: z.enum(['evidence', 'email_original']).describe('Evidence file or original e-mail'),
  fileName: z.string().describe('Original file name'),
  mediaType: z.string().describe('Type recognised from the file’s bytes'),
  sizeBytes: z.number().int(),
  sha256: z.string().describe('SHA-256 of the bytes as received (hex)'),
  receivedAt: z.string(),
};
export const Attachment = z.object(attachmentShape);

export const Message = z.object({
  id: z.uuid(),
  authorRole: z.enum(['reporter', 'handler']).describe('Who wrote it'),
  body: z.string(),
  createdAt: z.string(),
});

export const Measure = z.object({
  id: z.uuid(),
  type: MeasureTypeSchema,
  status: z.enum(MEASURE_STATUSES),
  filedBy: z.enum(FILED_BY).nullable().describe('Police report: filed by employee or employer'),
  useOrganisationAddress: z
    .boolean()
    .describe('Police report: the organisation’s address is used instead of the home address'),
  plannedOn: z.string().nullable(),
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

export const AftercareTask = z.object({
  id: z.uuid(),
  label: z.string(),
  dueOn: z.string(),
  status: z.enum(['planned', 'done', 'cancelled']),
  outcome: z.string().nullable(),
  overdue: z.boolean(),
  doneAt: z.string().nullable(),
});

export const TimelineEvent = z.object({
  type: z.string().describe('received, status_changed, triaged, measure_added, ...'),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  note: z.string().nullable(),
  actorRole: z.enum(['reporter', 'handler', 'system']),
  at: z.string(),
});

const StepSchema = z.object({
  key: z.string().describe('Stable id of the step'),
  text: z.string().describe('What the step is (Dutch)'),
  done: z.boolean(),
});

const factsShape = {
  id: z.uuid(),
  reference: z.string().describe('Human reference, e.g. M-1042'),
  status: StatusSchema,
  source: z.enum(SOURCES).describe('How the report came in'),
  reporterGroup: z.enum(REPORTER_GROUPS),
  target: z.enum(TARGETS),
  occurredOn: z.string(),
  occurredTime: z.string().nullable(),
  location: z.enum(LOCATIONS),
  channel: z.enum(CHANNELS),
  kinds: z.array(KindSchema),
  perpetratorKnown: z.boolean(),
  perpetratorType: z.enum(PERPETRATOR_TYPES).nullable(),
  perpetratorRepeat: z.boolean(),
  impacts: z.array(z.enum(IMPACTS)),
  witnesses: z.boolean(),
  policeCalled: z.boolean(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  anonymised: z.boolean().describe('True after the retention term: narrative and names are gone'),
};

const narrativeShape = {
  narrative: z.string().nullable(),
  victimName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  locationDetail: z.string().nullable(),
  perpetratorDescription: z.string().nullable(),
  witnessDetails: z.string().nullable(),
  email: z
    .object({
      senderAddress: z.string().nullable(),
      senderName: z.string().nullable(),
      subject: z.string().nullable(),
      sentAt: z.string().nullable(),
    })
    .nullable(),
};

/** A report as its author sees it under "Mijn meldingen". */
export const MyIncidentSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: StatusSchema,
  kinds: z.array(KindSchema),
  occurredOn: z.string(),
  createdAt: z.string(),
  openQuestions: z.number().int().describe('Handler messages after the reporter’s last message'),
});

export const MyIncidentDetail = z.object({
  ...factsShape,
  ...narrativeShape,
  attachments: z.array(Attachment),
  messages: z.array(Message),
  policeReport: Measure.nullable().describe('The police-report measure, if any'),
  steps: z.array(StepSchema).describe('Step plan "melding en aangifte" and how far it is'),
});

export const IncidentDetail = z.object({
  ...factsShape,
  ...narrativeShape,
  priority: PrioritySchema,
  risks,
  riskNote: z.string().nullable(),
  triagedAt: z.string().nullable(),
  reporter: z
    .object({
      type: z.enum(['person', 'api_token']),
      displayName: z.string().nullable(),
      email: z.string().nullable(),
    })
    .nullable()
    .describe('Who filed it (null after anonymisation)'),
  handler: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  district: z
    .object({
      code: z.string().describe('CBS wijk or buurt code'),
      name: z.string().nullable().describe('Its name; null when no longer among the loaded areas'),
    })
    .nullable()
    .describe('Wijk or buurt where it happened (public place only; ADR 0044)'),
  firstContactDueOn: z.string(),
  firstContactAt: z.string().nullable(),
  overdue: z.boolean(),
  allowedTransitions: z.array(StatusSchema),
  attachments: z.array(Attachment),
  messages: z.array(Message),
  measures: z.array(Measure),
  aftercare: z.array(AftercareTask),
  timeline: z.array(TimelineEvent),
  steps: z.array(StepSchema).describe('Step plan "melding en aangifte" and how far it is'),
});
