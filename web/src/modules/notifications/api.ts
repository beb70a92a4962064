import { type ApiBody, type ApiResult, client, unwrap } from '../../api/client';

export type NotificationList = ApiResult<'/api/v1/orgs/{orgId}/notifications'>;
export type NotificationItem = NotificationList['items'][number];
export type Preferences = ApiResult<'/api/v1/orgs/{orgId}/notification-preferences'>;
export type Delivery = Preferences['items'][number]['delivery'];
export type EventType = NotificationItem['eventType'];
export type Settings = ApiResult<'/api/v1/orgs/{orgId}/notification-settings'>;
export type SettingsInput = ApiBody<'/api/v1/orgs/{orgId}/notification-settings', 'put'>;

export const DELIVERIES: readonly Delivery[] = ['now', 'digest', 'app'];
export const EVENT_TYPES: readonly EventType[] = [
  'incident.reported',
  'incident.urgent',
  'integrity.reported',
  'integrity.reporter_message',
  'training.reminder',
  'incident.first_contact_due',
  'incident.aftercare_due',
  'integrity.acknowledgement_due',
  'integrity.feedback_due',
  'bibob.policy_renewal_due',
  'training.promoted',
  'training.cancelled',
];

const org = (orgId: string) => ({ params: { path: { orgId } } });

/** Said by the list page after marking read, so the bell in the header counts again. */
export const NOTIFICATIONS_CHANGED = 'weerbaar:notifications-changed';

export const notificationsApi = {
  list: (orgId: string) => unwrap(client.GET('/api/v1/orgs/{orgId}/notifications', org(orgId))),
  markRead: (orgId: string, notificationId: string) =>
    unwrap(
      client.POST('/api/v1/orgs/{orgId}/notifications/{notificationId}/read', {
        params: { path: { orgId, notificationId } },
      }),
    ),
  markAllRead: (orgId: string) =>
    unwrap(client.POST('/api/v1/orgs/{orgId}/notifications/read', org(orgId))),
  preferences: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/notification-preferences', org(orgId))),
  savePreferences: (
    orgId: string,
    body: ApiBody<'/api/v1/orgs/{orgId}/notification-preferences', 'put'>,
  ) => unwrap(client.PUT('/api/v1/orgs/{orgId}/notification-preferences', { ...org(orgId), body })),
  settings: (orgId: string) =>
    unwrap(client.GET('/api/v1/orgs/{orgId}/notification-settings', org(orgId))),
  saveSettings: (orgId: string, body: SettingsInput) =>
    unwrap(client.PUT('/api/v1/orgs/{orgId}/notification-settings', { ...org(orgId), body })),
};

/** Where a notification leads in the app (the server's mail uses the same paths). */
export function pathOf(item: Pick<NotificationItem, 'eventType' | 'objectId'>): string {
  if (item.eventType.startsWith('training.')) return `/toolkit/${item.objectId}`;
  if (item.eventType === 'bibob.policy_renewal_due') return '/bibob/beleid';
  return item.eventType.startsWith('incident.')
    ? `/meldingen/register/${item.objectId}`
    : '/integriteit/meldingen';
}
