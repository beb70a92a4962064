import type { AppModule } from '../module';
import { registerNotificationJobs } from './jobs/register-jobs';
import { notificationsRoutes } from './notifications.routes';

/** Notifications: events from other modules become in-app notifications and mails. */
export const notificationsModule: AppModule = {
  name: 'notifications',
  register: async (app, deps) => {
    registerNotificationJobs(deps);
    await notificationsRoutes(app, deps);
  },
};

/** The mail delivery queue (`mail.deliver`), which the platform status page lists. */
export { MAIL_DELIVER_QUEUE } from './jobs/queues';
/** What an event carries (kind, organisation, object, time, urgency, optional owner) and its kinds. */
export {
  NOTIFICATION_EVENT_TYPES,
  type NotificationEvent,
  type NotificationEventType,
} from './notification-events';
/** Publish an event inside the transaction that wrote what it is about. */
export { notify, notifyStatement } from './publish';
