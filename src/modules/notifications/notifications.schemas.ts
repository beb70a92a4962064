import { z } from 'zod';
import { DELIVERIES, NOTIFICATION_EVENT_TYPES } from './notification-events';

export const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });
export const NotificationParams = OrgParams.extend({
  notificationId: z.uuid().describe('Id of one of your notifications'),
});

export const EventTypeSchema = z
  .enum(NOTIFICATION_EVENT_TYPES)
  .describe(
    "incident.reported (new incident report, handlers), incident.urgent (triage raised a report to urgent, handlers), integrity.reported (new integrity report, integrity officers), integrity.reporter_message (a reporter wrote, the case handler or else the integrity officers), training.reminder (a training you signed up for starts tomorrow, only you), incident.first_contact_due (first contact with the reporter is overdue, the report's handler or else the handlers), incident.aftercare_due (an aftercare check-in is due, the report's handler or else the handlers), integrity.acknowledgement_due and integrity.feedback_due (a legal clock of an integrity report runs out soon or ran out, the case handler or else the integrity officers), bibob.policy_renewal_due (the Bibob policy is due for review, Bibob officers), training.promoted (a place freed up in a training you were on the waiting list for: you are now signed up, only you), training.cancelled (a training session you signed up for is called off, only you)",
  );

export const DeliverySchema = z
  .enum(DELIVERIES)
  .describe('now: a mail at once; digest: in the daily overview mail; app: only in the app');

export const NotificationItem = z.object({
  id: z.uuid().describe('Notification id'),
  eventType: EventTypeSchema,
  objectType: z.string().describe('What it is about: incident, integrity_report or toolkit_item'),
  objectId: z.string().describe('Id of the object, for the link into the app'),
  urgent: z.boolean().describe('An urgent (Spoed) incident report'),
  occurredAt: z.iso.datetime().describe('When it happened'),
  read: z.boolean().describe('Whether you marked it read'),
});

export const NotificationList = z.object({
  unread: z.number().int().describe('How many of your notifications are unread'),
  items: z.array(NotificationItem).describe('Your notifications, newest first (at most 100)'),
});

export const MarkedRead = z.object({
  unread: z.number().int().describe('How many unread notifications remain'),
});

export const PreferenceItem = z.object({
  eventType: EventTypeSchema,
  delivery: DeliverySchema,
  chosen: z.boolean().describe('False when this is the organisation’s default, not your choice'),
});

export const Preferences = z.object({
  digestTime: z.string().describe('Local time (Europe/Amsterdam) the daily overview goes out'),
  items: z.array(PreferenceItem).describe('One per event type your roles receive'),
});

export const PreferencesBody = z
  .object({
    preferences: z
      .array(z.object({ eventType: EventTypeSchema, delivery: DeliverySchema }).strict())
      .max(NOTIFICATION_EVENT_TYPES.length)
      .describe('Your choice per event type; types you leave out keep their setting'),
  })
  .strict();

const Defaults = z
  .partialRecord(EventTypeSchema, DeliverySchema)
  .describe('Default delivery per event type for people who did not choose');

export const Settings = z.object({
  defaults: z
    .record(z.string(), DeliverySchema)
    .describe('Default delivery per event type (every type listed)'),
  teamAddress: z
    .string()
    .nullable()
    .describe('Shared team address that also gets every urgent incident report'),
});

export const SettingsBody = z
  .object({
    defaults: Defaults,
    teamAddress: z
      .email()
      .max(254)
      .nullable()
      .describe('Shared team address for urgent incident reports; null for none'),
  })
  .strict();

export type PreferencesBody = z.infer<typeof PreferencesBody>;
export type SettingsBody = z.infer<typeof SettingsBody>;
