import './bell.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useLoad, useOrgId } from '../../../app/load';
import { RouterLink } from '../../../ui';
import { NOTIFICATIONS_CHANGED, notificationsApi } from '../api';

/**
 * The bell in the header: a link to /notificaties whose name says how many are unread
 * ("Notificaties, 3 ongelezen"). Counts again on every page change and when the list
 * page marks something read. Its texts are the shell's, so it needs no module download.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const orgId = useOrgId();
  const { pathname } = useLocation();
  const { data, reload } = useLoad(
    orgId ? () => notificationsApi.list(orgId).then((l) => l.unread) : null,
    [orgId, pathname],
  );
  useEffect(() => {
    window.addEventListener(NOTIFICATIONS_CHANGED, reload);
    return () => window.removeEventListener(NOTIFICATIONS_CHANGED, reload);
  }, [reload]);
  if (!orgId) return null;
  const unread = data ?? 0;
  const name =
    unread > 0 ? t('shell.notificationsUnread', { count: unread }) : t('shell.notifications');
  return (
    <RouterLink to="/notificaties" className="weerbaar-bell" aria-label={name}>
      <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 ? (
        <span className="weerbaar-bell__count" aria-hidden="true">
          {unread}
        </span>
      ) : null}
    </RouterLink>
  );
}
