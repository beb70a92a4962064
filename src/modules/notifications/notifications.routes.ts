import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps';
import { registerScoped } from '../../platform/http/scope';
import { requestContext } from '../../platform/use-case';
import { canConfigure, canReadOwn } from './notifications.policy';
import {
  MarkedRead,
  NotificationList,
  NotificationParams,
  OrgParams,
  Preferences,
  PreferencesBody,
  Settings,
  SettingsBody,
} from './notifications.schemas';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from './use-cases/own-notifications';
import { getPreferences, updatePreferences } from './use-cases/preferences';
import { getSettings, updateSettings } from './use-cases/settings';

const tags = ['notifications'];

/** Your notifications and preferences, and the organisation's notification settings. */
export async function notificationsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();
    const own = { policy: canReadOwn };
    const admin = { policy: canConfigure };

    s.get(
      '/notifications',
      {
        schema: {
          tags,
          summary: 'Your notifications in this organisation, newest first, and the unread count',
          params: OrgParams,
          response: { 200: NotificationList },
        },
        config: own,
      },
      async (request) => listNotifications(requestContext(deps, request)),
    );

    s.post(
      '/notifications/read',
      {
        schema: {
          tags,
          summary: 'Mark all your notifications in this organisation read',
          params: OrgParams,
          response: { 200: MarkedRead },
        },
        config: own,
      },
      async (request) => markAllNotificationsRead(requestContext(deps, request)),
    );

    s.post(
      '/notifications/:notificationId/read',
      {
        schema: {
          tags,
          summary: 'Mark one of your notifications read (another person’s answers 404)',
          params: NotificationParams,
          response: { 200: MarkedRead },
        },
        config: own,
      },
      async (request) =>
        markNotificationRead(requestContext(deps, request), request.params.notificationId),
    );

    s.get(
      '/notification-preferences',
      {
        schema: {
          tags,
          summary: 'How you receive each kind of notification your roles get',
          params: OrgParams,
          response: { 200: Preferences },
        },
        config: own,
      },
      async (request) => getPreferences(requestContext(deps, request)),
    );

    s.put(
      '/notification-preferences',
      {
        schema: {
          tags,
          summary: 'Choose per kind: a mail at once, the daily overview, or only in the app',
          params: OrgParams,
          body: PreferencesBody,
          response: { 200: Preferences },
        },
        config: own,
      },
      async (request) => updatePreferences(requestContext(deps, request), request.body),
    );

    s.get(
      '/notification-settings',
      {
        schema: {
          tags,
          summary: 'The organisation’s default delivery per kind and its team address (org admin)',
          params: OrgParams,
          response: { 200: Settings },
        },
        config: admin,
      },
      async (request) => getSettings(requestContext(deps, request)),
    );

    s.put(
      '/notification-settings',
      {
        schema: {
          tags,
          summary: 'Set the default delivery per kind and the team address for urgent reports',
          params: OrgParams,
          body: SettingsBody,
          response: { 200: Settings },
        },
        config: admin,
      },
      async (request) => updateSettings(requestContext(deps, request), request.body),
    );
  });
}
