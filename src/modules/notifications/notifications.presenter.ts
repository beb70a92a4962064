import type { z } from 'zod';
import type { NotificationItem } from './notifications.schemas';
import type { NotificationRow } from './notifications.tables';

type Listed = Pick<
  NotificationRow,
  'id' | 'event_type' | 'object_type' | 'object_id' | 'urgent' | 'occurred_at' | 'read_at'
>;

/** A notification as its owner sees it: no delivery details, no other person. */
export function presentNotification(row: Listed): z.infer<typeof NotificationItem> {
  return {
    id: row.id,
    eventType: row.event_type,
    objectType: row.object_type,
    objectId: row.object_id,
    urgent: row.urgent,
    occurredAt: row.occurred_at.toISOString(),
    read: row.read_at !== null,
  };
}
