/** Schemas of an organisation's incident settings and its e-mail intake address. */

import { z } from 'zod';

/** Retention of closed reports, in months: at least one, at most twenty years. */
export const RETENTION_MONTHS_MIN = 1;
export const RETENTION_MONTHS_MAX = 240;

const aftercareStep = z
  .object({
    unit: z.enum(['working_days', 'days']),
    amount: z.number().int().min(1).max(365),
  })
  .strict();

export const SettingsBody = z
  .object({
    firstContactWorkingDays: z
      .number()
      .int()
      .min(1)
      .max(30)
      .describe('First contact with the reporter within this many working days'),
    aftercareSchedule: z
      .array(aftercareStep)
      .min(1)
      .max(10)
      .describe('Aftercare check-ins, counted from the day aftercare is planned'),
    retentionMonths: z
      .number()
      .int()
      .min(RETENTION_MONTHS_MIN)
      .max(RETENTION_MONTHS_MAX)
      .describe('Closed reports are anonymised or deleted this many months after closing'),
    retentionAction: z.enum(['anonymise', 'delete']),
    emailIntakeEnabled: z
      .boolean('Geef aan of doorgestuurde e-mail wordt aangenomen.')
      .describe(
        'Accept forwarded e-mail on the intake address meldingen+<organisation code>@<SMTP_INTAKE_DOMAIN>; each message becomes a private draft for the member who forwarded it',
      ),
    organisationAddress: z
      .string()
      .trim()
      .max(300)
      .nullable()
      .describe('Postal address used in a police report instead of a home address'),
  })
  .strict();
export type SettingsBody = z.infer<typeof SettingsBody>;

/** The intake address as a reporter needs it on the report form. */
export const IntakeAddress = z.object({
  address: z
    .string()
    .nullable()
    .describe(
      'Address to forward an intimidating e-mail to; null when the organisation or this server has e-mail intake off',
    ),
});

export const Settings = SettingsBody.extend({
  emailIntakeAddress: IntakeAddress.shape.address,
  emailIntakeAvailable: z
    .boolean()
    .describe('Whether this Weerbaar server listens for forwarded e-mail (SMTP_INTAKE_PORT)'),
});
