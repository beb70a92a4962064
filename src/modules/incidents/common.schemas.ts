/** Building blocks of the incident schemas: path parameters, vocabularies and field types. */

import { z } from 'zod';
import { INCIDENT_STATUSES } from './incident-status';
import { INCIDENT_KINDS, MEASURE_TYPES, PRIORITIES } from './incident-vocabulary';

/** Longest message, for the reporter's added information and the handler's messages alike. */
export const MAX_MESSAGE_CHARS = 10_000;

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });
export const IncidentParams = OrgParams.extend({ incidentId: z.uuid().describe('Report id') });
export const AttachmentParams = IncidentParams.extend({
  attachmentId: z.uuid().describe('Attachment id'),
});
export const MeasureParams = IncidentParams.extend({ measureId: z.uuid().describe('Measure id') });
export const TaskParams = IncidentParams.extend({ taskId: z.uuid().describe('Aftercare task id') });

export const isoDate = z.iso.date('Vul een datum in als JJJJ-MM-DD.');
export const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} mag hoogstens ${max} tekens lang zijn.`)
    .optional()
    .transform((v) => (v ? v : undefined));

export const KindSchema = z.enum(INCIDENT_KINDS).describe('What kind of incident');
export const StatusSchema = z.enum(INCIDENT_STATUSES).describe('Status in the workflow');
export const PrioritySchema = z.enum(PRIORITIES).describe('Priority after triage');
export const MeasureTypeSchema = z.enum(MEASURE_TYPES).describe('Kind of measure');

/** Risk factors: assessed in triage (TriageBody) and shown in the case detail. */
export const risks = z.object({
  repeat: z.boolean().describe('The perpetrator did this before'),
  weapon: z.boolean().describe('A weapon was shown or mentioned'),
  homeAddressKnown: z.boolean().describe('The perpetrator knows the home address'),
  threatToRelatives: z.boolean().describe('The threat reaches relatives'),
});

/** Which address the police-report document gives for the victim. */
export const PoliceReportQuery = z
  .object({
    address: z
      .enum(['organisation', 'home'])
      .optional()
      .describe(
        "organisation: the organisation's address (domicile choice); home: a line for the victim to fill in (the home address is never stored). Default: the choice on the police-report measure, else organisation",
      ),
  })
  .strict();
