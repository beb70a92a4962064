import type { Generated, Selectable } from 'kysely';
import type { Delivery, NotificationEventType } from './notification-events';

export interface NotificationTable {
  organisation_id: string;
  id: Generated<string>;
  /** Null for the organisation's shared team address. */
  person_id: string | null;
  event_type: NotificationEventType;
  object_type: string;
  object_id: string;
  urgent: Generated<boolean>;
  occurred_at: Date;
  created_at: Generated<Date>;
  delivery: Delivery;
  read_at: Date | null;
  mailed_at: Date | null;
  digest_id: string | null;
}

export interface NotificationDigestTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  /** The Europe/Amsterdam day (YYYY-MM-DD) the digest is for. */
  digest_on: string;
  created_at: Generated<Date>;
}

export interface NotificationPreferenceTable {
  organisation_id: string;
  person_id: string;
  event_type: NotificationEventType;
  delivery: Delivery;
  updated_at: Generated<Date>;
}

export interface NotificationSettingTable {
  organisation_id: string;
  /** Default delivery per event type (JSON object), for people who did not choose. */
  defaults: Generated<Partial<Record<NotificationEventType, Delivery>>>;
  /** Encrypted shared team address that also gets urgent incident reports. */
  team_address_enc: string | null;
  updated_at: Generated<Date>;
}

export interface NotificationsTables {
  notification: NotificationTable;
  notification_digest: NotificationDigestTable;
  notification_preference: NotificationPreferenceTable;
  notification_setting: NotificationSettingTable;
}

export type NotificationRow = Selectable<NotificationTable>;
